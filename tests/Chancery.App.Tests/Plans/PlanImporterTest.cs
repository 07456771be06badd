using Chancery.App.Plans;
using Chancery.Domain;
using Chancery.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Chancery.App.Tests.Plans;

/// <summary>Plans of action read from the documents they come in: numbered sections, headings and action lines.</summary>
public sealed class PlanImporterTest : IDisposable
{
    private const string PlanText = """
        ASEAN-RUSSIA COMPREHENSIVE PLAN OF ACTION (2021-2025)

        1. POLITICAL-SECURITY COOPERATION
        1.1 Political and Security Dialogue
        1.1.1 Promote regular high-level dialogue through the Post Ministerial Conference and the ASEAN-Russia Senior Officials' Meeting;
        1.1.2 Strengthen cooperation in counter-terrorism and combating transnational crime, including cybercrime
        and trafficking in persons;
        Page 3 of 10
        1.2 Maritime Cooperation
        1.2.1 Enhance maritime security cooperation through the ASEAN Regional Forum;
        2. ECONOMIC COOPERATION
        2.1 Promote trade and investment between ASEAN and Russia;
        2.2 Cooperate in energy security and the use of renewable energy;
        3. SOCIO-CULTURAL COOPERATION
        3.1 Promote cooperation in education, including student exchanges;
        """;

    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    private static void AssertTheSamplePlan(IReadOnlyList<PlanSection> sections)
    {
        sections.Select(s => (s.Number.ToString(), s.Title)).ShouldBe([("1", "Political-Security Cooperation"), ("2", "Economic Cooperation"), ("3", "Socio-Cultural Cooperation")]);
        sections.SelectMany(s => s.ActionLines).Select(l => l.Number.ToString()).ShouldBe(["1.1.1", "1.1.2", "1.2.1", "2.1", "2.2", "3.1"]);
        var crime = sections[0].ActionLines[1];
        crime.Text.ShouldBe("Strengthen cooperation in counter-terrorism and combating transnational crime, including cybercrime and trafficking in persons;");
        sections[1].ActionLines[1].Sector.ShouldBe(Sector.Energy);
        sections[2].ActionLines[0].Sector.ShouldBe(Sector.Education);
    }

    [Fact]
    public async Task Given_a_text_plan_with_headings_and_wrapped_lines_When_imported_Then_sections_and_action_lines_are_read()
    {
        var path = folder.File("cpa.txt");
        await File.WriteAllTextAsync(path, PlanText);

        AssertTheSamplePlan(await PlanImporter.ReadAsync(path));
    }

    [Fact]
    public async Task Given_the_plan_as_a_word_document_When_imported_Then_it_reads_the_same()
    {
        var path = folder.File("cpa.docx");
        using (var word = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            word.AddMainDocumentPart().Document = new Document(new Body(PlanText.Split('\n').Select(line => new Paragraph(new Run(new Text(line))))));
        }

        AssertTheSamplePlan(await PlanImporter.ReadAsync(path));
    }

    [Fact]
    public async Task Given_the_plan_as_a_pdf_whose_reader_joins_its_lines_When_imported_Then_it_reads_the_same()
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        var y = 800.0;
        foreach (var line in PlanText.Split('\n').Where(l => !l.StartsWith("Page", StringComparison.Ordinal)))
        {
            page.AddText(line, 9, new UglyToad.PdfPig.Core.PdfPoint(40, y), font);
            y -= 12;
        }
        var path = folder.File("cpa.pdf");
        await File.WriteAllBytesAsync(path, builder.Build());

        AssertTheSamplePlan(await PlanImporter.ReadAsync(path));
    }

    [Fact]
    public async Task Given_a_csv_with_statuses_and_dates_When_imported_Then_each_line_has_its_status_from_that_day()
    {
        var path = folder.File("cpa.csv");
        await File.WriteAllTextAsync(path, """
            number,text,sector,status,date
            1,Political-Security Cooperation,,,
            1.1,Promote dialogue,,implemented,2022-08-04
            1.2,Counter terrorism,political-security,ongoing,
            2,Economic Cooperation,,,
            2.1,Promote trade,,,
            """);

        var sections = await PlanImporter.ReadAsync(path);

        var lines = sections.SelectMany(s => s.ActionLines).ToList();
        lines.Select(l => l.Status).ShouldBe([ImplementationStatus.Implemented, ImplementationStatus.Ongoing, ImplementationStatus.NotStarted]);
        lines[0].StatusOn(new DateOnly(2022, 8, 3)).ShouldBe(ImplementationStatus.NotStarted);
        lines[0].StatusOn(new DateOnly(2022, 8, 4)).ShouldBe(ImplementationStatus.Implemented);
        lines[1].Sector.ShouldBe(Sector.PoliticalSecurity);
        lines[2].Sector.ShouldBe(Sector.Trade);
    }

    [Theory]
    [InlineData("notes.txt", "We met and talked about many things.", "numbered sections")]
    [InlineData("bad.csv", "number,text,status\n1.1,Promote dialogue,done\n", "'done' is not one of")]
    [InlineData("broken.docx", "not a zip at all", "is not a Word document")]
    public async Task Given_a_file_that_is_no_plan_When_imported_Then_the_problem_is_named(string name, string content, string problem)
    {
        var path = folder.File(name);
        await File.WriteAllTextAsync(path, content);

        var error = await Should.ThrowAsync<Exception>(() => PlanImporter.ReadAsync(path));

        error.Message.ShouldContain(problem);
    }
}
