using Chancery.Domain;
using Chancery.Store;

namespace Chancery.App;

/// <summary>The sources a reader may see among those asked for: one classified above the clearance is left out, as if it did not exist.</summary>
public static class VisibleSources
{
    /// <returns>The sources in the order asked, each once.</returns>
    public static async Task<IReadOnlyList<Source>> ReadAsync(IStoreReader reader, IEnumerable<Id<Source>> ids, Classification clearance, CancellationToken cancellationToken = default)
    {
        var found = new List<Source>();
        foreach (var id in ids.Distinct())
        {
            if (await reader.SourceAsync(id, cancellationToken) is { } source && source.Classification <= clearance)
            {
                found.Add(source);
            }
        }
        return found;
    }
}
