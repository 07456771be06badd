using Chancery.App.Extraction;
using Chancery.App.Fetching;
using Chancery.Extraction;
using Chancery.Store;

namespace Chancery.App.Ingestion;

/// <summary>
/// Ingestion as an editor asks for it in the browser: files they upload and addresses they give (pages or feeds),
/// read, extracted and stored like any other run, with what became of each.
/// </summary>
public sealed class IngestDesk(IChanceryStore store, FetchOptions fetching)
{
    public async Task<IngestDeskResult> IngestAsync(IReadOnlyList<(string Name, byte[] Content)> uploads, IReadOnlyList<Uri> urls, IngestOptions options, CancellationToken cancellationToken = default)
    {
        var documents = uploads.Select(u => new DocumentSource(Path.GetFileNameWithoutExtension(u.Name), u.Name, () => new MemoryStream(u.Content, writable: false))).ToList();
        using var fetcher = new WebFetcher(fetching);
        var web = new WebSources(fetcher, store);
        var expansion = urls.Count > 0 ? await web.ExpandAsync(urls, cancellationToken) : null;
        documents.AddRange(expansion?.Documents ?? []);
        var outcomes = new List<DocumentIngestion>();
        var runner = new ExtractionRunner(Extractor.Default, ExtractionOptions.Default);
        await new Ingestor(runner, store).IngestAsync(documents, options, onDocument: outcomes.Add, cancellationToken: cancellationToken);
        if (expansion is not null)
        {
            await web.CommitAsync(expansion, cancellationToken);
        }
        return new IngestDeskResult(outcomes, [.. (expansion?.Failures ?? []).Select(f => $"{f.Url}: {f.Error}")]);
    }
}
