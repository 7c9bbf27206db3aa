namespace Governance.Web.Components.Shared;

/// <summary>
/// Remembers values a component sent out (into the URL, or up to its parent) until they come back
/// in as parameters, so that such an echo can be told apart from a change made elsewhere (a link,
/// the back button). Echoes arrive late on Blazor Server, after a round trip to the browser, and
/// treating one as news would undo whatever the user did in the meantime.
/// </summary>
public sealed class PendingEchoes<T>
{
    private readonly List<T> _sent = [];

    public void Sent(T value) => _sent.Add(value);

    /// <summary>
    /// Whether <paramref name="value"/> is the echo of a value sent earlier; it and everything sent
    /// before it are then forgotten. Anything else is news, and clears the memory.
    /// </summary>
    public bool IsEcho(T value)
    {
        var index = _sent.IndexOf(value);
        if (index < 0)
        {
            _sent.Clear();
            return false;
        }

        _sent.RemoveRange(0, index + 1);
        return true;
    }
}
