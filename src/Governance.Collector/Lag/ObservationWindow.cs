namespace Governance.Collector.Lag;

/// <summary>The last N observations of one partition of one group, oldest first.</summary>
internal sealed class ObservationWindow(int capacity)
{
    // N is small (Burrow's default is 10), so a list that drops its head is simpler than a ring buffer and as fast.
    private readonly List<LagObservation> _items = new(capacity);

    public IReadOnlyList<LagObservation> Items => _items;

    public void Add(LagObservation observation)
    {
        if (_items.Count == capacity)
        {
            _items.RemoveAt(0);
        }

        _items.Add(observation);
    }
}
