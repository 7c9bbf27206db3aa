using Spectre.Console;

namespace Governance.Bench.Reporting;

/// <summary>A two-column table of labelled values, printed the same way by every benchmark.</summary>
internal sealed class ResultTable(string title)
{
    private readonly List<(string Section, string Label, string Value)> _rows = [];

    public ResultTable Add(string section, string label, string value)
    {
        _rows.Add((section, label, value));
        return this;
    }

    public ResultTable AddMachine(Machine machine) => this
        .Add("machine", "cpu", machine.Cpu)
        .Add("machine", "cores", machine.Cores.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Add("machine", "memory", Format.Bytes(machine.MemoryBytes))
        .Add("machine", "os", machine.Os)
        .Add("machine", "runtime", machine.Runtime + (machine.ServerGc ? " (server GC)" : " (workstation GC)"));

    public void Write(IAnsiConsole console)
    {
        var table = new Table { Title = new TableTitle(title), Border = TableBorder.Rounded };
        table.AddColumn("");
        table.AddColumn("");
        table.AddColumn(new TableColumn("").RightAligned());
        table.HideHeaders();
        string? previous = null;
        foreach (var (section, label, value) in _rows)
        {
            if (previous is not null && previous != section) table.AddEmptyRow();
            table.AddRow(new Markup(section == previous ? "" : $"[bold]{Markup.Escape(section)}[/]"), new Text(label), new Text(value));
            previous = section;
        }

        console.Write(table);
    }
}
