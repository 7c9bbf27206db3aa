namespace Governance.Collector.Schemas.Protobuf;

/// <summary>
/// Attaches comments to declarations the way protoc does for its source info, so that documented fields get
/// descriptions: the comment block right above a declaration, else a comment after it on its line.
/// </summary>
/// <param name="tokens">The file's tokens in order.</param>
/// <param name="comments">The file's comments in order.</param>
internal sealed class ProtoComments(List<ProtoToken> tokens, List<ProtoComment> comments)
{
    /// <summary>
    /// The leading comment of the declaration starting at token <paramref name="firstIndex"/>: comments on their
    /// own lines after the previous token, the last one ending on the line before the declaration (or on its
    /// line, before it), with no blank line in between. A comment separated by a blank line is detached, and a
    /// comment after code on its line belongs to that code.
    /// </summary>
    public string? Leading(int firstIndex)
    {
        var first = tokens[firstIndex];
        var previousEnd = firstIndex == 0 ? 0 : tokens[firstIndex - 1].End;
        var block = new List<ProtoComment>();
        var expectedEndLine = first.Line;
        for (var i = LastBefore(first.Start); i >= 0; i--)
        {
            var comment = comments[i];
            if (comment.Start < previousEnd || !comment.OwnLine || comment.EndLine < expectedEndLine - 1)
            {
                break;
            }

            block.Add(comment);
            expectedEndLine = comment.StartLine;
        }

        block.Reverse();
        return Join(block);
    }

    /// <summary>The comment that follows <paramref name="end"/> (a declaration's ';') on its line, before <paramref name="next"/>.</summary>
    public string? Trailing(ProtoToken end, ProtoToken next)
    {
        var index = LastBefore(next.Start);
        if (index < 0)
        {
            return null;
        }

        // The first comment after the ';' is the one to take; walk back to it.
        while (index > 0 && comments[index - 1].Start >= end.End)
        {
            index--;
        }

        var comment = comments[index];
        return comment.Start >= end.End && comment.StartLine == end.Line ? Join([comment]) : null;
    }

    /// <summary>Index of the last comment starting before <paramref name="offset"/>, or -1 (comments never overlap tokens).</summary>
    private int LastBefore(int offset)
    {
        int low = 0, high = comments.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (comments[middle].Start < offset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }

    private static string? Join(IEnumerable<ProtoComment> block)
    {
        var text = string.Join(' ', block.Select(c => c.Text).Where(t => t.Length > 0));
        return text.Length == 0 ? null : text;
    }
}
