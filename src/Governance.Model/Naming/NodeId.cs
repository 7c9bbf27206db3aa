using System.Diagnostics.CodeAnalysis;

namespace Governance.Model;

/// <summary>
/// A lineage graph node id in Marquez style: <c>dataset:{namespace}:{name}</c> or <c>job:{namespace}:{name}</c>.
/// The id is not escaped, so that it stays readable and compatible with Marquez; <see cref="Parse"/> therefore has to
/// decide which ':' separates namespace and name.
/// </summary>
/// <remarks>
/// <para>Parsing rule (after the <c>dataset:</c> or <c>job:</c> prefix):</para>
/// <list type="number">
/// <item>If the text starts with a URI scheme and <c>://</c> (e.g. <c>kafka://</c>, <c>postgres://</c>,
/// <c>hdfs://</c>), the authority belongs to the namespace: host names, bracketed IPv6 literals (<c>[::1]</c>),
/// comma-separated host lists and ports. A port is <c>:</c> plus digits followed by <c>:</c> or <c>,</c> (or by
/// <c>/</c> when another <c>:</c> follows later). A path after the authority (<c>/…</c>) also belongs to the
/// namespace up to the next <c>:</c>.</item>
/// <item>The next <c>:</c> separates namespace and name; without a scheme it is the first <c>:</c>. Everything
/// after it — colons included — is the name.</item>
/// </list>
/// <para>So <c>dataset:kafka://broker:9092:orders.v1</c> is (<c>kafka://broker:9092</c>, <c>orders.v1</c>),
/// <c>dataset:kafka://broker:9092:9093</c> is (<c>kafka://broker:9092</c>, <c>9093</c>) and
/// <c>dataset:file:/tmp/a</c> is (<c>file</c>, <c>/tmp/a</c>). Like Marquez (which skips colons followed by
/// <c>//</c> or digits), this cannot round-trip every pair: a namespace with a colon outside the authority
/// (<c>file:/tmp/x</c>, <c>arn:aws:…</c>, user:password) or a port-less URI namespace whose name starts with
/// digits and a colon (<c>kafka://broker</c> + <c>9092:x</c>) are read differently. OpenLineage namespaces from the
/// naming spec (<c>kafka://host:port</c>, <c>postgres://host:port</c>, <c>s3://bucket</c>, <c>bigquery</c>, <c>file</c>)
/// round-trip with any name.</para>
/// </remarks>
/// <param name="Kind">Whether the node is a dataset or a job.</param>
/// <param name="Namespace">The dataset or job namespace.</param>
/// <param name="Name">The dataset or job name.</param>
public readonly record struct NodeId(NodeKind Kind, string Namespace, string Name)
{
    /// <summary>Prefix of dataset node ids.</summary>
    public const string DatasetPrefix = "dataset:";

    /// <summary>Prefix of job node ids.</summary>
    public const string JobPrefix = "job:";

    /// <summary>The id text, e.g. <c>dataset:kafka://broker:9092:orders.v1</c>.</summary>
    public string Value => Format(Kind == NodeKind.Dataset ? DatasetPrefix : JobPrefix, Namespace, Name);

    /// <summary>Builds <c>dataset:{namespace}:{name}</c>.</summary>
    /// <param name="namespace">Dataset namespace; not empty.</param>
    /// <param name="name">Dataset name; not empty.</param>
    public static string ForDataset(string @namespace, string name) => Format(DatasetPrefix, @namespace, name);

    /// <summary>Builds <c>dataset:{namespace}:{name}</c> for <paramref name="dataset"/>.</summary>
    /// <param name="dataset">The dataset identity.</param>
    public static string ForDataset(DatasetId dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return ForDataset(dataset.Namespace, dataset.Name);
    }

    /// <summary>Builds <c>job:{namespace}:{name}</c>.</summary>
    /// <param name="namespace">Job namespace; not empty.</param>
    /// <param name="name">Job name; not empty.</param>
    public static string ForJob(string @namespace, string name) => Format(JobPrefix, @namespace, name);

    /// <summary>Builds <c>job:{namespace}:{name}</c> for <paramref name="job"/>.</summary>
    /// <param name="job">The job identity.</param>
    public static string ForJob(JobId job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return ForJob(job.Namespace, job.Name);
    }

    /// <summary>Parses a node id (see the remarks of <see cref="NodeId"/> for the rule).</summary>
    /// <param name="value">A <c>dataset:…</c> or <c>job:…</c> id.</param>
    /// <returns>The parsed id.</returns>
    /// <exception cref="FormatException">Unknown prefix, or no non-empty namespace and name.</exception>
    public static NodeId Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TryParse(value, out var nodeId)
            ? nodeId
            : throw new FormatException($"'{value}' is not a node id of the form dataset:{{namespace}}:{{name}} or job:{{namespace}}:{{name}}.");
    }

    /// <summary>Tries to parse a node id (see the remarks of <see cref="NodeId"/> for the rule).</summary>
    /// <param name="value">A <c>dataset:…</c> or <c>job:…</c> id; may be <c>null</c>.</param>
    /// <param name="nodeId">The parsed id, or <c>default</c>.</param>
    /// <returns>Whether <paramref name="value"/> is a valid node id.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, out NodeId nodeId)
    {
        nodeId = default;
        if (value is null)
        {
            return false;
        }

        NodeKind kind;
        string rest;
        if (value.StartsWith(DatasetPrefix, StringComparison.Ordinal))
        {
            kind = NodeKind.Dataset;
            rest = value[DatasetPrefix.Length..];
        }
        else if (value.StartsWith(JobPrefix, StringComparison.Ordinal))
        {
            kind = NodeKind.Job;
            rest = value[JobPrefix.Length..];
        }
        else
        {
            return false;
        }

        var separator = FindSeparator(rest);
        if (separator <= 0 || separator >= rest.Length - 1)
        {
            return false;
        }

        nodeId = new NodeId(kind, rest[..separator], rest[(separator + 1)..]);
        return true;
    }

    /// <summary>The dataset identity of a dataset node.</summary>
    /// <exception cref="InvalidOperationException">This is not a dataset node.</exception>
    public DatasetId ToDatasetId() => Kind == NodeKind.Dataset
        ? new DatasetId(Namespace, Name)
        : throw new InvalidOperationException($"{Value} is not a dataset node id.");

    /// <summary>The job identity of a job node.</summary>
    /// <exception cref="InvalidOperationException">This is not a job node.</exception>
    public JobId ToJobId() => Kind == NodeKind.Job
        ? new JobId(Namespace, Name)
        : throw new InvalidOperationException($"{Value} is not a job node id.");

    /// <summary>Returns <see cref="Value"/>.</summary>
    public override string ToString() => Value;

    private static string Format(string prefix, string @namespace, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(@namespace);
        ArgumentException.ThrowIfNullOrEmpty(name);
        return $"{prefix}{@namespace}:{name}";
    }

    /// <summary>Index of the ':' between namespace and name in <paramref name="text"/>, or -1.</summary>
    private static int FindSeparator(string text)
    {
        var firstColon = text.IndexOf(':');
        if (firstColon <= 0 || !IsUriScheme(text.AsSpan(0, firstColon)) || !text.AsSpan(firstColon).StartsWith("://", StringComparison.Ordinal))
        {
            return firstColon;
        }

        var afterAuthority = SkipAuthority(text, firstColon + 3);
        return text.IndexOf(':', afterAuthority);
    }

    /// <summary>Skips <c>host[:port][,host[:port]]…</c> starting at <paramref name="index"/>; returns the index after it.</summary>
    private static int SkipAuthority(string text, int index)
    {
        while (true)
        {
            if (index < text.Length && text[index] == '[')
            {
                var close = text.IndexOf(']', index);
                if (close < 0)
                {
                    return index;
                }

                index = close + 1;
            }
            else
            {
                while (index < text.Length && text[index] is not (':' or ',' or '/'))
                {
                    index++;
                }
            }

            if (index < text.Length && text[index] == ':')
            {
                var end = index + 1;
                while (end < text.Length && char.IsAsciiDigit(text[end]))
                {
                    end++;
                }

                var isPort = end > index + 1 && end < text.Length
                    && (text[end] is ':' or ',' || (text[end] == '/' && text.IndexOf(':', end) >= 0));
                if (!isPort)
                {
                    return index;
                }

                index = end;
            }

            if (index < text.Length && text[index] == ',')
            {
                index++;
                continue;
            }

            return index;
        }
    }

    private static bool IsUriScheme(ReadOnlySpan<char> scheme)
    {
        if (scheme.IsEmpty || !char.IsAsciiLetter(scheme[0]))
        {
            return false;
        }

        foreach (var c in scheme)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
