using Governance.Model.OpenLineage;

namespace Governance.Model.Tests;

public class EventTimeTests
{
    [Theory]
    [InlineData("2020-12-28T19:51:01.641Z", "2020-12-28T19:51:01.6410000+00:00")]
    [InlineData("2020-12-28T19:52:00.001+10:00", "2020-12-28T19:52:00.0010000+10:00")]
    [InlineData("2024-11-26T13:05:23.809955+00:00", "2024-11-26T13:05:23.8099550+00:00")]
    [InlineData("2020-12-28T19:51:01.641499", "2020-12-28T19:51:01.6414990+00:00")]
    [InlineData("2020-12-28T19:51:01.641499123Z", "2020-12-28T19:51:01.6414991+00:00")]
    [InlineData("2024-10-17T09:18:11.5Z", "2024-10-17T09:18:11.5000000+00:00")]
    [InlineData("2020-01-01", "2020-01-01T00:00:00.0000000+00:00")]
    [InlineData(" 2020-12-28T19:51:01Z ", "2020-12-28T19:51:01.0000000+00:00")]
    public void Iso_timestamps_parse_and_a_missing_offset_means_utc(string text, string expectedRoundTrip)
    {
        var ev = new RunEvent { EventTime = text };

        Assert.True(ev.TryGetEventTime(out var parsed));
        Assert.Equal(expectedRoundTrip, parsed.ToString("o", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{{RUN_START_TIME}}")]
    [InlineData("12/28/2020 19:51:01")]
    [InlineData("yesterday")]
    [InlineData("2020-13-45T00:00:00Z")]
    [InlineData("1609185061641")]
    public void Non_iso_values_do_not_parse(string text)
    {
        var ev = new JobEvent { EventTime = text };

        Assert.False(ev.TryGetEventTime(out var parsed));
        Assert.Equal(default, parsed);
    }

    [Fact]
    public void Null_does_not_parse()
    {
        Assert.False(OpenLineageTime.TryParse(null, out _));
    }

    [Theory]
    [InlineData(EventTypes.Complete, true)]
    [InlineData(EventTypes.Abort, true)]
    [InlineData(EventTypes.Fail, true)]
    [InlineData(EventTypes.Start, false)]
    [InlineData(EventTypes.Running, false)]
    [InlineData(EventTypes.Other, false)]
    [InlineData("complete", false)]
    [InlineData(null, false)]
    public void Terminal_event_types(string? eventType, bool terminal)
    {
        Assert.Equal(terminal, EventTypes.IsTerminal(eventType));
        Assert.Equal(terminal, new RunEvent { EventType = eventType }.IsTerminal);
    }

    [Fact]
    public void Known_event_types_are_the_six_of_the_spec()
    {
        Assert.Equal(["START", "RUNNING", "COMPLETE", "ABORT", "FAIL", "OTHER"], EventTypes.All);
        Assert.All(EventTypes.All, t => Assert.True(EventTypes.IsKnown(t)));
        Assert.False(EventTypes.IsKnown("start"));
        Assert.False(EventTypes.IsKnown(null));
    }
}
