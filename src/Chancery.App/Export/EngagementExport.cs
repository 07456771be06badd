using System.Runtime.CompilerServices;
using Chancery.Domain;
using Chancery.Store;

namespace Chancery.App;

/// <summary>
/// The engagements an export writes: those the query finds within its clearance, newest first, read a page at a time so
/// that a log of any size streams out in bounded memory.
/// </summary>
public static class EngagementExport
{
    public const int PageSize = 1_000;

    public static async IAsyncEnumerable<EngagementRow> RowsAsync(IChanceryStore store, EngagementQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var offset = 0; ; offset += PageSize)
        {
            var page = await store.ReadAsync((reader, ct) => reader.FindEngagementsAsync(query with { Limit = PageSize, Offset = offset, Counted = false }, ct), cancellationToken);
            foreach (var row in page.Rows)
            {
                yield return row;
            }
            if (page.Rows.Count < PageSize)
            {
                yield break;
            }
        }
    }

    /// <summary>The ids of what the query finds, a page at a time.</summary>
    public static async IAsyncEnumerable<IReadOnlyList<Id<Engagement>>> IdPagesAsync(IChanceryStore store, EngagementQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var page = new List<Id<Engagement>>(PageSize);
        await foreach (var row in RowsAsync(store, query, cancellationToken))
        {
            page.Add(row.Id);
            if (page.Count == PageSize)
            {
                yield return [.. page];
                page.Clear();
            }
        }
        if (page.Count > 0)
        {
            yield return [.. page];
        }
    }

    /// <summary>Whole records (people, sources, no evidence spans) of what the query finds, a page at a time.</summary>
    public static async IAsyncEnumerable<Engagement> RecordsAsync(IChanceryStore store, EngagementQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var ids in IdPagesAsync(store, query, cancellationToken))
        {
            foreach (var record in await store.ReadAsync((reader, ct) => reader.EngagementsWithoutEvidenceAsync(ids, ct), cancellationToken))
            {
                yield return record;
            }
        }
    }
}
