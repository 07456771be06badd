using System.Text.Json;
using Chancery.Testing;
using DocumentFormat.OpenXml.Packaging;

namespace Chancery.Cli.Tests;

/// <summary><c>export</c>, <c>brief</c> and <c>calendar</c>: files written whole where asked, bad arguments refused in one line.</summary>
public sealed class OutputCommandsTest(DemoDatabase demo) : IClassFixture<DemoDatabase>, IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Given_a_partner_When_its_engagements_are_exported_as_json_to_stdout_Then_each_has_that_partner()
    {
        var run = await demo.RunAsync("export", "engagements", "--partner", "RU", "--format", "json");

        run.ExitCode.ShouldBe(0);
        var engagements = JsonDocument.Parse(run.Output).RootElement.EnumerateArray().ToList();
        engagements.Count.ShouldBeGreaterThan(5);
        engagements.ShouldAllBe(e => e.GetProperty("parties").EnumerateArray().Any(p => p.GetString() == "RU"));
    }

    [Fact]
    public async Task Given_a_file_When_a_brief_is_written_as_word_Then_the_file_opens_and_names_the_partner()
    {
        var path = folder.File("brief.docx");

        var run = await demo.RunAsync("brief", "RU", "--out", path);

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("Wrote");
        using var word = WordprocessingDocument.Open(path, isEditable: false);
        word.MainDocumentPart!.Document!.Body!.InnerText.ShouldContain("Briefing: Russia");
    }

    [Fact]
    public async Task Given_a_calendar_file_When_written_Then_it_is_icalendar()
    {
        var path = folder.File("meetings.ics");

        (await demo.RunAsync("calendar", "--months", "24", "--out", path)).ExitCode.ShouldBe(0);

        (await File.ReadAllTextAsync(path)).ShouldStartWith("BEGIN:VCALENDAR");
    }

    [Fact]
    public async Task Given_two_partners_When_compared_as_json_Then_each_has_its_years_with_counts_and_intensity()
    {
        var run = await demo.RunAsync("analytics", "RU", "CN", "--json");

        run.ExitCode.ShouldBe(0);
        var partners = JsonDocument.Parse(run.Output).RootElement.EnumerateArray().ToList();
        partners.Select(p => p.GetProperty("partner").GetString()).ShouldBe(["RU", "CN"]);
        partners.ShouldAllBe(p => p.GetProperty("years").EnumerateArray().Any(y => y.GetProperty("intensity").GetInt32() >= y.GetProperty("engagements").GetInt32() && y.GetProperty("engagements").GetInt32() > 0));
    }

    [Theory]
    [InlineData(new[] { "analytics", "Narnia" }, "chancery: 'NARNIA' is no state or organisation Chancery knows")]
    [InlineData(new[] { "export", "ships" }, "chancery: 'ships' is not a list to export: use one of engagements, partners, people, mechanisms, plans, network, events (see `chancery --help`)")]
    [InlineData(new[] { "export", "network", "--format", "csv" }, "chancery: --format 'csv': network is written as json or graphml (see `chancery --help`)")]
    [InlineData(new[] { "export", "people", "--clearance", "secret" }, "chancery: --clearance 'secret' is not one of public, restricted, confidential (see `chancery --help`)")]
    [InlineData(new[] { "brief", "RU", "--format", "docx" }, "chancery: a Word brief needs a file: add --out brief.docx (see `chancery --help`)")]
    [InlineData(new[] { "brief", "XX" }, "chancery: 'XX' is not one of ASEAN's partners (see `chancery partners`)")]
    [InlineData(new[] { "calendar", "--months", "0" }, "chancery: --months 0: look 1 to 120 months ahead (see `chancery --help`)")]
    public async Task Given_an_argument_that_will_not_do_When_run_Then_it_is_refused_in_one_line(string[] arguments, string error)
    {
        var run = await demo.RunAsync(arguments);

        run.ExitCode.ShouldBe(1);
        run.Error.Trim().ShouldBe(error);
    }

    [Fact]
    public async Task Given_an_out_path_in_a_missing_folder_When_exporting_Then_it_is_refused_and_nothing_is_written()
    {
        var run = await demo.RunAsync("export", "partners", "--out", folder.File("nowhere/partners.csv"));

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("there is no folder");
    }
}
