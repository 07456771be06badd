using Chancery.Store;

namespace Chancery.App;

/// <summary>
/// <c>chancery migrate</c>: copies a whole store into a new or empty one of either engine (SQLite to PostgreSQL when a
/// team takes over an analyst's file, and back for a copy to carry away), ids, evidence, users and all.
/// </summary>
public static class StoreMigration
{
    /// <returns>The target's description and each table's rows, in the order they were copied.</returns>
    /// <exception cref="StoreException">The source is missing or the target not empty; the target is left as it was.</exception>
    public static async Task<(StoreDescription Target, IReadOnlyList<(string Table, long Rows)> Tables)> RunAsync(
        StoreLocation from, StoreLocation to, IProgress<LoadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (from.Path == to.Path)
        {
            throw new StoreException(StoreProblem.Invalid, "--from and --to name the same database");
        }
        var (source, _) = await StoreOpener.OpenAsync(from, create: false, cancellationToken: cancellationToken);
        await using (source)
        {
            var (target, _) = await StoreOpener.OpenAsync(to, create: true, cancellationToken: cancellationToken);
            await using (target)
            {
                var done = 0;
                var tables = await StoreCopy.CopyAsync(source, target,
                    (table, _) => progress?.Report(new LoadProgress($"Copied {table}", ++done, StoreCopy.Tables.Count + 1)),
                    cancellationToken);
                return (target.Description, tables);
            }
        }
    }
}
