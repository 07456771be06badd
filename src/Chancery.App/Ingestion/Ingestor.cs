using System.Diagnostics;
using Chancery.App.Extraction;
using Chancery.Domain;
using Chancery.Extraction.Output;
using Chancery.Extraction.Reading;
using Chancery.Store;

namespace Chancery.App.Ingestion;

/// <summary>
/// Makes the store grow from documents: each is read and extracted, and stored with the engagements it reports
/// in one transaction, so that a run stopped at any point leaves whole documents or none, and running it again
/// finishes the work: a text stored before (same content hash) changes nothing. An engagement the store already
/// holds gets the new source's citation, and flags where the sources disagree; one confirmed by a person is never changed.
/// </summary>
public sealed class Ingestor(ExtractionRunner runner, IChanceryStore store)
{
    private EngagementResolver? resolver;

    /// <param name="progress">Told after each document: how many are done of how many, and how fast.</param>
    /// <param name="onDocument">Told what became of each document, as it happens (for errors on stderr).</param>
    public async Task<IngestionReport> IngestAsync(IReadOnlyList<DocumentSource> sources, IngestOptions options, IProgress<LoadProgress>? progress = null,
        Action<DocumentIngestion>? onDocument = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var outcomes = new List<DocumentIngestion>(sources.Count);
        await foreach (var extraction in runner.RunAsync(sources, cancellationToken))
        {
            var outcome = extraction is { Document: { } document, Result: { } result }
                ? await StoreAsync(extraction.Source, document, result, options, cancellationToken)
                : new DocumentIngestion(extraction.Source.Location, DocumentOutcome.Failed, Error: extraction.Error);
            outcomes.Add(outcome);
            onDocument?.Invoke(outcome);
            progress?.Report(new LoadProgress($"Ingesting, {outcomes.Count / Math.Max(clock.Elapsed.TotalSeconds, 0.001):0} documents/s", outcomes.Count, sources.Count));
        }
        return new IngestionReport(outcomes, clock.Elapsed);
    }

    private async Task<DocumentIngestion> StoreAsync(DocumentSource from, SourceDocument document, ExtractionResult result, IngestOptions options, CancellationToken cancellationToken)
    {
        var location = from.Location;
        try
        {
            return await store.WriteAsync(async (writer, ct) =>
            {
                // The same text, or the same address read before: nothing to do.
                var known = await writer.SourceByHashAsync(ContentHash.Of(document.Text), ct)
                    ?? (from.Url is { } url ? await writer.SourceByUrlAsync(url, ct) : null);
                if (known is not null)
                {
                    return new DocumentIngestion(location, DocumentOutcome.AlreadyStored, known.Id);
                }
                resolver ??= await EngagementResolver.LoadAsync(writer, ct);
                var source = await writer.SaveSourceAsync(new Source
                {
                    Text = document.Text,
                    Title = document.Title ?? FirstLine(document.Text),
                    Url = from.Url,
                    Outlet = options.Outlet,
                    Published = result.Published ?? from.Published,
                    Classification = options.Classification,
                }, ct);
                var created = new List<Id<Engagement>>();
                var merged = new List<Id<Engagement>>();
                var flags = 0;
                foreach (var extracted in result.Engagements)
                {
                    var incoming = await resolver.ResolveAsync(writer, extracted, source, options.Classification, ct);
                    if (await EngagementMatcher.FindAsync(writer, incoming, source, ct) is { } stored)
                    {
                        var updated = EngagementMerge.Into(stored, incoming);
                        flags += updated.Flags.Count - stored.Flags.Count;
                        merged.Add(await writer.SaveEngagementAsync(updated, ct));
                    }
                    else
                    {
                        created.Add(await writer.SaveEngagementAsync(incoming, ct));
                    }
                }
                return new DocumentIngestion(location, DocumentOutcome.Stored, source) { Created = created, Merged = merged, Flags = flags };
            }, cancellationToken);
        }
        catch (Exception e) when (e is StoreException or ArgumentException or InvalidOperationException)
        {
            // The transaction rolled back: people the resolver learnt of in it are not in the store.
            resolver = null;
            return new DocumentIngestion(location, DocumentOutcome.Failed, Error: $"could not be stored ({e.Message})");
        }
    }

    /// <summary>A plain text's headline: its first line that says something.</summary>
    private static string? FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() is { } line
            ? line.Length <= 200 ? line : line[..200]
            : null;
}
