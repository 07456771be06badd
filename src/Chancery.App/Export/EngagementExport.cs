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
        await foreach (var page in PagesAsync(store, query, cancellationToken))
        {
            foreach (var row in page)
            {
                yield return row;
            }
        }
    }

    /// <summary>The ids of what the query finds, a page at a time.</summary>
    public static async IAsyncEnumerable<IReadOnlyList<Id<Engagement>>> IdPagesAsync(IChanceryStore store, EngagementQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var page in PagesAsync(store, query, cancellationToken))
        {
            yield return [.. page.Select(row => row.Id)];
        }
    }

    /// <summary>The rows the query finds, as the store reads them: pages of <see cref="PageSize"/>, none of them empty.</summary>
    private static async IAsyncEnumerable<IReadOnlyList<EngagementRow>> PagesAsync(IChanceryStore store, EngagementQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var offset = 0; ; offset += PageSize)
        {
            var page = await store.ReadAsync((reader, ct) => reader.FindEngagementsAsync(query with { Limit = PageSize, Offset = offset, Counted = false }, ct), cancellationToken);
            if (page.Rows.Count > 0)
            {
                yield return page.Rows;
            }
            if (page.Rows.Count < PageSize)
            {
                yield break;
            }
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
