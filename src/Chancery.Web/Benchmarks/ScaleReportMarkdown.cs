using System.Globalization;
using System.Text;

namespace Chancery.Web.Benchmarks;

/// <summary>
/// A scale benchmark's report as Markdown, to keep beside the code: the machine and store measured, every page's
/// server time at p50 and p95 against its target (<see cref="WebBenchmark.Pages"/>), and ingestion into the grown store.
/// </summary>
public static class ScaleReportMarkdown
{
    public static string Write(ScaleReport report)
    {
        var c = CultureInfo.InvariantCulture;
        var md = new StringBuilder();
        md.AppendLine(c, $"# Chancery at scale: {report.Engine}");
        md.AppendLine();
        md.AppendLine(c, $"Measured {report.Measured:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores ({Environment.OSVersion.VersionString}, .NET {Environment.Version}).");
        md.AppendLine();
        md.AppendLine("| Store | Count |");
        md.AppendLine("|---|---:|");
        md.AppendLine(c, $"| engagements | {report.Counts.Engagements:N0} |");
        md.AppendLine(c, $"| people | {report.Counts.People:N0} |");
        md.AppendLine(c, $"| evidence spans | {report.EvidenceSpans:N0} |");
        md.AppendLine(c, $"| sources | {report.Counts.Sources:N0} |");
        md.AppendLine();
        md.AppendLine(c, $"## Pages: server time, {report.Requests} requests each");
        md.AppendLine();
        md.AppendLine("| Page | p50 ms | p95 ms | max ms | p95 target ms | Met |");
        md.AppendLine("|---|---:|---:|---:|---:|---|");
        foreach (var page in report.Pages)
        {
            var target = WebBenchmark.TargetOf(page.Page);
            var met = target is { } t ? page.Percentile(95) <= t ? "yes" : "**no**" : "";
            md.AppendLine(c, $"| {page.Page} | {page.Percentile(50):0.0} | {page.Percentile(95):0.0} | {page.Percentile(100):0.0} | {(target is { } v ? v.ToString("0", c) : "")} | {met} |");
        }
        md.AppendLine();
        md.AppendLine("## Ingestion into the grown store");
        md.AppendLine();
        var ingestion = report.Ingestion;
        md.AppendLine(c, $"{ingestion.Documents:N0} generated releases ({ingestion.Megabytes:0.0} MB) in {ingestion.Elapsed.TotalSeconds:0.0} s: "
            + $"**{ingestion.DocumentsPerSecond:N0} documents/s**, {ingestion.Engagements:N0} new engagements, {ingestion.Merged:N0} reports merged, {ingestion.Failed:N0} failed.");
        return md.ToString();
    }
}
