using System.Diagnostics;
using System.Threading.Channels;
using Chancery.App.Extraction;
using Chancery.Domain;
using Chancery.Store;

namespace Chancery.App.Ingestion;

/// <summary>
/// Makes the store grow from documents. Documents are read and extracted on every core while the store takes the
/// ones before them in batches, each batch in one transaction: a run stopped at any point leaves whole documents
/// or none, and running it again finishes the work, as a text stored before (same content hash, or same address)
/// changes nothing. An engagement the store already holds gets the new source's citation, and flags where the
/// sources disagree; one confirmed by a person is never changed.
/// </summary>
public sealed class Ingestor(ExtractionRunner runner, IChanceryStore store)
{
    /// <summary>
    /// How many documents one transaction takes: enough to spread what a commit costs (the full-text index writes a segment
    /// per commit, and merges them), few enough to lose little to a crash.
    /// </summary>
    private const int BatchSize = 256;

    /// <summary>
    /// How many extracted documents may wait for the store: enough that extraction never waits on a commit, few enough that
    /// they die young (documents kept waiting are promoted by the collector, which then copies them at every collection).
    /// </summary>
    private const int ReadAhead = 64;

    /// <summary>After how many new engagements a run first refreshes the store's statistics; then at every doubling.</summary>
    private const int FirstStatistics = 10_000;

    private EngagementResolver? resolver;

    /// <param name="progress">Told after each batch: how many documents are done of how many, and how fast.</param>
    /// <param name="onDocument">Told what became of each document, as it happens (for errors on stderr).</param>
    public async Task<IngestionReport> IngestAsync(IReadOnlyList<DocumentSource> sources, IngestOptions options, IProgress<LoadProgress>? progress = null,
        Action<DocumentIngestion>? onDocument = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var counts = new IngestionReport(TimeSpan.Zero);
        var extracted = Channel.CreateBounded<DocumentExtraction>(new BoundedChannelOptions(ReadAhead) { SingleReader = true, SingleWriter = true });
        var reading = Task.Run(async () =>
        {
            try
            {
                await foreach (var extraction in runner.RunAsync(sources, cancellationToken))
                {
                    await extracted.Writer.WriteAsync(extraction, cancellationToken);
                }
                extracted.Writer.Complete();
            }
            catch (Exception e)
            {
                extracted.Writer.Complete(e);
            }
        }, cancellationToken);
        var batch = new List<DocumentExtraction>(BatchSize);
        var nextStatistics = FirstStatistics;
        while (await extracted.Reader.WaitToReadAsync(cancellationToken))
        {
            while (batch.Count < BatchSize && extracted.Reader.TryRead(out var extraction))
            {
                batch.Add(extraction);
            }
            foreach (var outcome in await StoreAsync(batch, options, cancellationToken))
            {
                counts.Count(outcome);
                onDocument?.Invoke(outcome);
            }
            batch.Clear();
            if (counts.Created >= nextStatistics)
            {
                // The store grows under the run: what the query planner knew of its size must grow with it.
                await store.RefreshStatisticsAsync(cancellationToken);
                nextStatistics = counts.Created * 2;
            }
            progress?.Report(new LoadProgress($"Ingesting, {counts.Documents / Math.Max(clock.Elapsed.TotalSeconds, 0.001):0} documents/s", counts.Documents, sources.Count));
        }
        await reading;
        if (counts.Created > 0)
        {
            await store.RefreshStatisticsAsync(cancellationToken);
        }
        return counts with { Elapsed = clock.Elapsed };
    }

    /// <summary>
    /// Reads, extracts and stores one document, in a transaction of its own, and leaves the store's statistics alone:
    /// what a worker of the ingest queue does with each job it claims.
    /// </summary>
    public async Task<DocumentIngestion> IngestOneAsync(DocumentSource source, IngestOptions options, CancellationToken cancellationToken = default)
    {
        await foreach (var extraction in runner.RunAsync([source], cancellationToken))
        {
            return (await StoreAsync([extraction], options, cancellationToken)).Single();
        }
        return new DocumentIngestion(source.Location, DocumentOutcome.Failed, Error: "could not be read");
    }

    /// <summary>
    /// Stores a batch in one transaction; if that fails, each document in a transaction of its own, so that the one
    /// at fault fails alone and the others are stored.
    /// </summary>
    private async Task<IReadOnlyList<DocumentIngestion>> StoreAsync(List<DocumentExtraction> batch, IngestOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await store.WriteAsync(async (writer, ct) =>
            {
                if (resolver is not null)
                {
                    await resolver.CatchUpAsync(writer, ct);
                }
                var outcomes = new List<DocumentIngestion>(batch.Count);
                foreach (var extraction in batch)
                {
                    outcomes.Add(await StoreAsync(writer, extraction, options, ct));
                }
                return outcomes;
            }, cancellationToken);
        }
        catch (Exception e) when (IsFaultOfADocument(e) && batch.Count > 1)
        {
            // The transaction rolled back: people the resolver learnt of in it are not in the store.
            resolver = null;
            var outcomes = new List<DocumentIngestion>(batch.Count);
            foreach (var extraction in batch)
            {
                outcomes.AddRange(await StoreAsync([extraction], options, cancellationToken));
            }
            return outcomes;
        }
        catch (Exception e) when (IsFaultOfADocument(e))
        {
            resolver = null;
            return [new DocumentIngestion(batch[0].Source.Location, DocumentOutcome.Failed, Error: $"could not be stored ({e.Message})")];
        }
    }

    private static bool IsFaultOfADocument(Exception e) => e is StoreException or ArgumentException or InvalidOperationException;

    private async Task<DocumentIngestion> StoreAsync(IStoreWriter writer, DocumentExtraction extraction, IngestOptions options, CancellationToken cancellationToken)
    {
        var location = extraction.Source.Location;
        if (extraction is not { Document: { } document, Result: { } result })
        {
            return new DocumentIngestion(location, DocumentOutcome.Failed, Error: extraction.Error);
        }
        var read = new Source
        {
            Text = document.Text,
            Title = document.Title ?? FirstLine(document.Text),
            Url = extraction.Source.Url,
            Outlet = options.Outlet,
            Published = result.Published ?? extraction.Source.Published,
            Classification = options.Classification,
        };
        // The same text, or the same address read before: nothing to do.
        var known = await writer.SourceByHashAsync(read.Hash, cancellationToken)
            ?? (read.Url is { } url ? await writer.SourceByUrlAsync(url, cancellationToken) : null);
        if (known is not null)
        {
            return new DocumentIngestion(location, DocumentOutcome.AlreadyStored, known.Id);
        }
        resolver ??= await EngagementResolver.LoadAsync(writer, cancellationToken);
        var source = await writer.SaveSourceAsync(read, cancellationToken);
        var created = new List<Id<Engagement>>();
        var merged = new List<Id<Engagement>>();
        var flags = 0;
        foreach (var reported in result.Engagements)
        {
            var incoming = await resolver.ResolveAsync(writer, reported, source, options.Classification, cancellationToken);
            if (await EngagementMatcher.FindAsync(writer, incoming, source, cancellationToken) is { } stored)
            {
                // Compared with the stored fields alone: the source is new to the record, so none of its flags can be
                // there already. Most reports only add their citation; one that fills a field saves the record whole.
                var merge = EngagementMerge.Into(stored, incoming);
                if (merge.FieldsChanged)
                {
                    var whole = (await writer.EngagementsWithoutEvidenceAsync([stored.Id], cancellationToken)).Single();
                    merge = EngagementMerge.Into(whole, incoming);
                    await writer.SaveEngagementAsync(merge.Merged, cancellationToken);
                }
                else
                {
                    await writer.AddCitationAsync(stored.Id, merge.Citation, merge.Raised, cancellationToken);
                }
                flags += merge.Raised.Count;
                merged.Add(stored.Id);
            }
            else
            {
                created.Add(await writer.SaveEngagementAsync(incoming, cancellationToken));
            }
        }
        return new DocumentIngestion(location, DocumentOutcome.Stored, source) { Created = created, Merged = merged, Flags = flags };
    }

    /// <summary>A plain text's headline: its first line that says something.</summary>
    private static string? FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() is { } line
            ? line.Length <= 200 ? line : line[..200]
            : null;
}
