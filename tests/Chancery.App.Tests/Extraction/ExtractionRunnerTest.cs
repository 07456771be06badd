using System.Text;
using Chancery.App.Extraction;
using Chancery.Extraction;
using Chancery.Extraction.Reading;
using Chancery.Testing;

namespace Chancery.App.Tests.Extraction;

public sealed class ExtractionRunnerTest : IDisposable
{
    private const string Release = "JAKARTA, 14 June 2023 - The Secretary-General of ASEAN received a courtesy call from the Ambassador of Japan to ASEAN at the ASEAN Secretariat today.";

    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    private static ExtractionRunner Runner(TimeSpan? limit = null) =>
        new(Extractor.Default, ExtractionOptions.Default with { TimeLimit = limit ?? ExtractionOptions.DefaultTimeLimit, Parallelism = 2 });

    private string Write(string name, byte[] bytes)
    {
        var path = folder.File(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static async Task<List<DocumentExtraction>> RunAsync(ExtractionRunner runner, IEnumerable<DocumentSource> sources)
    {
        var outcomes = new List<DocumentExtraction>();
        await foreach (var outcome in runner.RunAsync(sources))
        {
            outcomes.Add(outcome);
        }
        return outcomes;
    }

    [Fact]
    public async Task Given_good_and_broken_documents_When_run_Then_each_broken_one_fails_alone_and_the_others_are_read_in_order()
    {
        Write("a-good.txt", Encoding.UTF8.GetBytes(Release));
        Write("b-empty.txt", []);
        var noise = new byte[2048];
        new Random(1).NextBytes(noise);
        Write("c-binary.txt", noise);
        Write("d-scripts.html", "<html><body><script>alert(1)</script></body></html>"u8.ToArray());
        Write("e-corrupt.pdf", "%PDF-1.4\n1 0 obj << garbage"u8.ToArray());
        Write("f-good.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Release)).ToArray());
        var missing = folder.File("g-missing.txt");

        var outcomes = await RunAsync(Runner(), DocumentSources.Expand([folder.Path, missing], () => Stream.Null));

        outcomes.Select(o => (o.Source.Id, o.Error)).ShouldBe(
        [
            ("a-good", null),
            ("b-empty", "empty file"),
            ("c-binary", "binary content, not text"),
            ("d-scripts", "HTML with no readable text (only scripts or markup)"),
            ("e-corrupt", "corrupt PDF (Could not find an xref trailer or stream dictionary in the input file)"),
            ("f-good", null),
            ("g-missing", "no such file"),
        ]);
        outcomes[0].Result!.Engagements.ShouldHaveSingleItem().Kind.ShouldBe(Chancery.Domain.EngagementKind.CourtesyCall);
        outcomes[5].Result!.Engagements.ShouldHaveSingleItem().Kind.ShouldBe(Chancery.Domain.EngagementKind.CourtesyCall);
    }

    [Fact]
    public async Task Given_a_document_that_never_finishes_When_run_with_a_time_limit_Then_it_fails_on_time_and_the_next_one_is_read()
    {
        var stuck = new DocumentSource("stuck", "stuck.txt", () => new StuckStream());
        var good = DocumentSource.FromFile(Write("good.txt", Encoding.UTF8.GetBytes(Release)));
        // The extraction model loads on first use, which may take longer than the limit on a busy machine: the limit is
        // for reading one document, so the model is loaded before.
        Extractor.Default.Extract(Release);

        var outcomes = await RunAsync(Runner(TimeSpan.FromSeconds(1)), [stuck, good]);

        outcomes[0].Error.ShouldBe("gave up after 1 s (the time limit for one document)");
        outcomes[1].Failed.ShouldBeFalse();
    }

    [Fact]
    public async Task Given_a_directory_of_ten_thousand_files_When_run_Then_every_one_comes_out_once_in_name_order()
    {
        for (var i = 0; i < 10_000; i++)
        {
            Write($"doc-{i:D5}.txt", Encoding.UTF8.GetBytes($"Item {i}: the officials of ASEAN met on Monday."));
        }

        var outcomes = await RunAsync(Runner(), DocumentSources.Expand([folder.Path], () => Stream.Null));

        outcomes.Count.ShouldBe(10_000);
        outcomes.Select(o => o.Source.Id).ShouldBe(Enumerable.Range(0, 10_000).Select(i => $"doc-{i:D5}"));
        outcomes.ShouldAllBe(o => !o.Failed);
    }

    [Fact]
    public async Task Given_a_document_over_the_size_limit_When_run_Then_it_fails_with_its_size()
    {
        var big = Write("big.txt", new byte[2 * 1024 * 1024]);
        var runner = new ExtractionRunner(Extractor.Default, ExtractionOptions.Default with { Reader = new DocumentReader(maxBytes: 1024 * 1024) });

        var outcome = await runner.ExtractOneAsync(DocumentSource.FromFile(big));

        outcome.Error.ShouldBe("too large: 2 MB is over the 1 MB limit for one document");
    }

    /// <summary>A stream whose reads never return, as a hung network share would.</summary>
    private sealed class StuckStream : MemoryStream
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Delay(Timeout.Infinite, CancellationToken.None);
            return 0;
        }
    }
}
