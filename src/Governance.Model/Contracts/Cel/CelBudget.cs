using System.Diagnostics;
using System.Globalization;

namespace Governance.Model.Contracts.Cel;

/// <summary>
/// Counts evaluation steps and watches the clock and the cancellation token. The clock is read every
/// <see cref="ClockInterval"/> steps, so a cheap step stays cheap.
/// </summary>
internal sealed class CelBudget(CelLimits limits, CancellationToken cancellationToken)
{
    private const long ClockInterval = 1_024;

    private readonly long _started = Stopwatch.GetTimestamp();
    private long _steps;
    private long _nextClockCheck = ClockInterval;

    public void Step(long cost = 1)
    {
        _steps += cost;
        if (_steps > limits.MaxEvaluationSteps)
            throw new CelLimitExceededException(CelErrorKind.LimitExceeded, $"evaluation exceeded the limit of {limits.MaxEvaluationSteps.ToString(CultureInfo.InvariantCulture)} steps");
        if (_steps >= _nextClockCheck)
        {
            _nextClockCheck = _steps + ClockInterval;
            CheckClock();
        }
    }

    public void CheckClock()
    {
        if (cancellationToken.IsCancellationRequested)
            throw new CelLimitExceededException(CelErrorKind.Cancelled, "evaluation was cancelled");
        if (Stopwatch.GetElapsedTime(_started) > limits.Timeout)
            throw new CelLimitExceededException(CelErrorKind.Timeout, $"evaluation exceeded the time limit of {limits.Timeout.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)} ms");
    }
}
