using System.Diagnostics;

namespace Governance.Bench.Reporting;

/// <summary>Wall time, CPU time and memory of one measured step.</summary>
internal sealed record Measurement(TimeSpan Wall, TimeSpan Cpu, long AllocatedBytes, long ManagedAfterBytes, long PeakWorkingSetBytes)
{
    public static (T Result, Measurement Measurement) Run<T>(Func<T> step)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var result = step();
        watch.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        // What the result keeps alive once the garbage of producing it is gone.
        var managed = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(result);
        process.Refresh();
        return (result, new Measurement(watch.Elapsed, cpu, allocated, managed, process.PeakWorkingSet64));
    }
}
