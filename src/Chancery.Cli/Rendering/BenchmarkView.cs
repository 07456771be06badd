using System.Globalization;
using Chancery.App.Benchmarks;
using Spectre.Console;

namespace Chancery.Cli.Rendering;

/// <summary>A benchmark's figures as a table, and its heap samples as a bar chart: memory flat or growing at a glance.</summary>
internal static class BenchmarkView
{
    public static void Render(IAnsiConsole console, IReadOnlyDictionary<string, double> figures, IEnumerable<MemorySample> memory, string chartLabel)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Measure").AddColumn(new TableColumn("Value").RightAligned());
        foreach (var (name, value) in figures)
        {
            table.AddRow(name.Replace('_', ' '), value.ToString("#,0.##", CultureInfo.InvariantCulture));
        }
        console.Write(table);
        var chart = new BarChart().Label(chartLabel).Width(80);
        foreach (var sample in memory)
        {
            chart.AddItem($"{sample.Megabytes,6:0.0} MB read", Math.Round(sample.HeapBytes / 1048576.0, 1), Color.SteelBlue);
        }
        console.Write(chart);
    }
}
