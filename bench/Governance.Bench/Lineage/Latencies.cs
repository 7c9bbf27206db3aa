using System.Globalization;

namespace Governance.Bench.Lineage;

/// <summary>Latencies of repeated calls, in milliseconds.</summary>
internal sealed class Latencies
{
    private readonly List<double> _milliseconds = [];

    public int Count => _milliseconds.Count;

    public TimeSpan Total { get; private set; }

    public void Add(TimeSpan elapsed)
    {
        _milliseconds.Add(elapsed.TotalMilliseconds);
        Total += elapsed;
    }

    /// <summary>Nearest-rank percentile.</summary>
    public double Percentile(double p)
    {
        if (_milliseconds.Count == 0)
        {
            return double.NaN;
        }

        var sorted = _milliseconds.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public static string Format(double milliseconds) => milliseconds switch
    {
        double.NaN => "-",
        < 1 => (milliseconds * 1000).ToString("0", CultureInfo.InvariantCulture) + " µs",
        < 10 => milliseconds.ToString("0.00", CultureInfo.InvariantCulture) + " ms",
        < 1000 => milliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms",
        _ => (milliseconds / 1000).ToString("0.00", CultureInfo.InvariantCulture) + " s",
    };
}
