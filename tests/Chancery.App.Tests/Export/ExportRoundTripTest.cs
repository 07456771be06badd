using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Chancery.App.Briefing;
using Chancery.Domain;
using Chancery.Testing;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using Calendar = Ical.Net.Calendar;

namespace Chancery.App.Tests.Export;

/// <summary>
/// Every export read back with a standard parser (CsvHelper, System.Text.Json, LINQ to XML, Ical.Net, the Open XML SDK):
/// what was written is what the store holds, within the clearance it was written for.
/// </summary>
public sealed class ExportRoundTripTest : IAsyncLifetime
{
    /// <summary>Between the 19th ARSOM (29 April 2023) and the 20th its yearly cadence expects.</summary>
    private static readonly DateOnly Today = new(2024, 1, 10);

    private const string HostileSummary = "=HYPERLINK(\"http://evil.example\") *bold* <script>alert(1)</script>";

    private readonly TemporaryDirectory folder = new();
    private Workspace workspace = null!;
    private Id<Engagement> call;
    private Id<Engagement> arsom;
    private Id<Engagement> secret;

    public async Task InitializeAsync()
    {
        workspace = await Workspace.OpenAsync(new StoreLocation(folder.File("export.db"), IsDefault: false), OpenMode.Initialise);
        (call, arsom, secret) = await workspace.Store.WriteAsync(async (w, ct) =>
        {
            await w.SavePlanAsync(Samples.CpaPlan, ct);
            var tene = await w.SavePersonAsync(Samples.Tene, ct);
            var zagaynov = await w.SavePersonAsync(Samples.Zagaynov, ct);
            var source = await w.SaveSourceAsync(Samples.CourtesyCallSource with { Url = new Uri("https://asean.org/courtesy-call") }, ct);
            var hidden = await w.SaveSourceAsync(new Source { Text = "A cable.", Classification = Classification.Confidential }, ct);
            return (
                await w.SaveEngagementAsync(Samples.CourtesyCall(tene, zagaynov, source), ct),
                await w.SaveEngagementAsync(Samples.NineteenthArsom(source), ct),
                await w.SaveEngagementAsync(new Engagement
                {
                    When = new DateSpan(new DateOnly(2023, 9, 1)),
                    Kind = EngagementKind.BilateralMeeting,
                    Parties = [Samples.Asean, Samples.Russia],
                    Participants = [new Participant(zagaynov, "Evgeny Zagaynov", "Ambassador", Samples.Russia)],
                    Summary = HostileSummary,
                    Classification = Classification.Confidential,
                    Citations = [new Citation(hidden, CitationRole.Primary)],
                }, ct));
        });
    }

    public async Task DisposeAsync()
    {
        await workspace.DisposeAsync();
        folder.Dispose();
    }

    private async Task<string> ExportAsync(ExportList list, ExportFormat format, Classification clearance = Classification.Confidential)
    {
        using var output = new MemoryStream();
        await Exporter.WriteAsync(output, workspace.Store, list, format, clearance, Today);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static List<Dictionary<string, string>> ReadCsv(string text)
    {
        using var csv = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(csv.HeaderRecord!.ToDictionary(h => h, h => csv.GetField(h)!));
        }
        return rows;
    }

    /// <summary>A web response's body: it takes asynchronous writes only.</summary>
    private sealed class AsyncOnlyStream : Stream
    {
        private readonly MemoryStream written = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => written.Length;

        public override long Position { get => written.Position; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("a synchronous write");

        public override void Flush() => throw new InvalidOperationException("a synchronous flush");

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => written.WriteAsync(buffer, cancellationToken);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => written.WriteAsync(buffer, offset, count, cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    [Fact]
    public async Task Given_a_response_that_takes_asynchronous_writes_only_When_every_export_is_written_to_it_Then_each_is_written_whole()
    {
        foreach (var list in Enum.GetValues<ExportList>())
        {
            foreach (var format in Exporter.FormatsOf(list))
            {
                using var response = new AsyncOnlyStream();
                using var plain = new MemoryStream();

                await Exporter.WriteAsync(response, workspace.Store, list, format, Classification.Confidential, Today);
                await Exporter.WriteAsync(plain, workspace.Store, list, format, Classification.Confidential, Today);

                response.Length.ShouldBeGreaterThan(0, $"{list} as {format}");
                response.Length.ShouldBe(plain.Length, $"{list} as {format}");
            }
        }
    }

    [Fact]
    public async Task Given_the_log_When_exported_as_csv_Then_it_reads_back_row_for_row_and_a_formula_stays_text()
    {
        var rows = ReadCsv(await ExportAsync(ExportList.Engagements, ExportFormat.Csv));

        rows.Select(r => long.Parse(r["id"], CultureInfo.InvariantCulture)).ShouldBe([secret.Value, call.Value, arsom.Value]);
        var courtesy = rows.Single(r => r["id"] == call.Value.ToString(CultureInfo.InvariantCulture));
        courtesy["date"].ShouldBe("2023-07-05");
        courtesy["kind"].ShouldBe("courtesy-call");
        courtesy["parties"].ShouldBe("ASEAN; RU");
        courtesy["city"].ShouldBe("Jakarta");
        rows.Single(r => r["classification"] == "confidential")["summary"].ShouldBe("'" + HostileSummary);
    }

    [Fact]
    public async Task Given_a_reader_cleared_for_public_records_When_the_log_is_exported_Then_nothing_above_it_is_written()
    {
        var csv = ReadCsv(await ExportAsync(ExportList.Engagements, ExportFormat.Csv, Classification.Public));
        using var json = JsonDocument.Parse(await ExportAsync(ExportList.Engagements, ExportFormat.Json, Classification.Public));
        var events = (await ExportAsync(ExportList.Events, ExportFormat.Jsonl, Classification.Public)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        csv.Select(r => r["classification"]).ShouldAllBe(c => c == "public");
        csv.Count.ShouldBe(2);
        json.RootElement.GetArrayLength().ShouldBe(2);
        events.Length.ShouldBe(2);
        string.Join("\n", events).ShouldNotContain("HYPERLINK");
    }

    [Fact]
    public async Task Given_the_lists_When_exported_as_json_Then_each_parses_to_what_the_store_holds()
    {
        using var partners = JsonDocument.Parse(await ExportAsync(ExportList.Partners, ExportFormat.Json));
        using var plans = JsonDocument.Parse(await ExportAsync(ExportList.Plans, ExportFormat.Json));
        using var people = JsonDocument.Parse(await ExportAsync(ExportList.People, ExportFormat.Json));

        var partnerships = await workspace.Store.ReadAsync((r, ct) => r.PartnershipsAsync(ct));
        partners.RootElement.EnumerateArray().Select(p => p.GetProperty("id").GetString()).ShouldBe(partnerships.Select(p => p.Partner.Value), ignoreOrder: true);
        plans.RootElement.EnumerateArray().Single().GetProperty("progress").GetProperty("total").GetInt32().ShouldBe(Samples.CpaPlan.ActionLines.Count());
        people.RootElement.EnumerateArray().Select(p => p.GetProperty("name").GetString()).ShouldContain("Evgeny Zagaynov");
    }

    [Fact]
    public async Task Given_the_lists_When_exported_as_csv_Then_each_reads_back_with_a_header_and_a_line_per_item()
    {
        var plans = ReadCsv(await ExportAsync(ExportList.Plans, ExportFormat.Csv));
        var mechanisms = ReadCsv(await ExportAsync(ExportList.Mechanisms, ExportFormat.Csv));
        var people = ReadCsv(await ExportAsync(ExportList.People, ExportFormat.Csv));

        plans.Select(p => p["number"]).ShouldBe(Samples.CpaPlan.ActionLines.Select(l => l.Number.ToString()));
        mechanisms.ShouldContain(m => m["id"] == "asean-ru-som" && m["ordinal"] == "19" && m["date"] == "2023-04-29");
        people.ShouldContain(p => p["name"] == "Evgeny Zagaynov" && p["title"] == "Ambassador");
    }

    [Fact]
    public async Task Given_the_network_When_exported_as_graphml_Then_it_parses_to_the_people_who_met_and_how_often()
    {
        var graphml = XDocument.Parse(await ExportAsync(ExportList.Network, ExportFormat.GraphMl));
        XNamespace g = "http://graphml.graphdrawing.org/xmlns";

        var names = graphml.Descendants(g + "node").Select(n => n.Elements(g + "data").Single(d => (string)d.Attribute("key")! == "name").Value).ToList();
        var edge = graphml.Descendants(g + "edge").ShouldHaveSingleItem();

        names.ShouldBe(["Evgeny Zagaynov", "Michael Tene"], ignoreOrder: true);
        edge.Elements(g + "data").Single(d => (string)d.Attribute("key")! == "weight").Value.ShouldBe("1");
    }

    [Fact]
    public async Task Given_the_log_When_exported_as_event_records_Then_each_is_a_consultation_with_its_mode_actor_and_recipient()
    {
        var lines = (await ExportAsync(ExportList.Events, ExportFormat.Jsonl)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var events = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        events.ShouldAllBe(e => e.GetProperty("event_type").GetString() == "CONSULT");
        var courtesy = events.Single(e => e.GetProperty("event_id").GetString() == $"chancery-{call.Value}");
        courtesy.GetProperty("event_date").GetString().ShouldBe("2023-07-05");
        courtesy.GetProperty("mode").GetString().ShouldBe("visit");
        courtesy.GetProperty("actor").GetString().ShouldBe("RU");
        courtesy.GetProperty("recipient").GetString().ShouldBe("ASEAN");
        courtesy.GetProperty("location").GetProperty("country").GetString().ShouldBe("ID");
        courtesy.GetProperty("sources").EnumerateArray().Single().GetString().ShouldBe("https://asean.org/courtesy-call");
    }

    [Fact]
    public async Task Given_upcoming_meetings_When_written_as_icalendar_Then_a_calendar_program_reads_the_expected_sitting()
    {
        var calendar = await CalendarExport.BuildAsync(workspace.Store, Classification.Public, Today, Today.AddYears(1));

        var parsed = Calendar.Load(CalendarExport.Serialize(calendar))!;

        var expected = parsed.Events.Single(e => e.Uid == "expected-asean-ru-som-20@chancery");
        expected.Summary.ShouldBe("20th ARSOM (expected)");
        expected.DtStart!.Date.ShouldBe(new DateOnly(2024, 4, 29));
    }

    [Fact]
    public async Task Given_a_partner_When_its_briefing_pack_is_written_as_word_Then_the_document_opens_with_each_section_and_only_what_the_reader_may_see()
    {
        var pack = (await BriefingBuilder.BuildAsync(workspace.Store, Samples.Russia, Classification.Public, Today, Samples.Arsom))!;
        using var file = new MemoryStream();

        await BriefingFiles.WriteAsync(file, pack, "docx");

        file.Position = 0;
        using var word = WordprocessingDocument.Open(file, isEditable: false);
        var text = word.MainDocumentPart!.Document!.Body!.InnerText;
        text.ShouldContain("Briefing: 20th ARSOM, expected around April 2024");
        foreach (var section in new[] { "Relationship", "Expected meetings", "Recent engagements", "What they agreed", "Open action lines", "Counterparts", "Stances", "Sources" })
        {
            text.ShouldContain(section);
        }
        text.ShouldContain("Evgeny Zagaynov");
        text.ShouldContain("https://asean.org/courtesy-call");
        text.ShouldNotContain("HYPERLINK");
    }

    [Fact]
    public async Task Given_a_summary_carrying_markup_When_the_pack_is_written_as_markdown_and_html_Then_it_stays_text()
    {
        var pack = (await BriefingBuilder.BuildAsync(workspace.Store, Samples.Russia, Classification.Confidential, Today))!;
        using var markdown = new MemoryStream();
        using var html = new MemoryStream();

        await BriefingFiles.WriteAsync(markdown, pack, "md");
        await BriefingFiles.WriteAsync(html, pack, "html");

        Encoding.UTF8.GetString(markdown.ToArray()).ShouldContain(@"\*bold\* \<script\>");
        Encoding.UTF8.GetString(html.ToArray()).ShouldContain("*bold* &lt;script&gt;alert(1)&lt;/script&gt;");
    }
}
