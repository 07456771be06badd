using Chancery.ReferenceData;
using Chancery.Store;

namespace Chancery.App;

/// <summary>
/// An open store and what opening it did. The first use of the default location creates the database,
/// loads the reference data and the demo dataset, so that a new user sees Chancery at work at once.
/// </summary>
public sealed class Workspace : IAsyncDisposable
{
    private Workspace(IChanceryStore store, bool created, DemoLoadResult? demo)
    {
        Store = store;
        Created = created;
        Demo = demo;
    }

    public IChanceryStore Store { get; }

    /// <summary>True when this opening created the database.</summary>
    public bool Created { get; }

    /// <summary>The demo load a first run did, or null.</summary>
    public DemoLoadResult? Demo { get; }

    /// <exception cref="StoreException">The store is missing (outside the default location), or cannot be used.</exception>
    public static async Task<Workspace> OpenAsync(StoreLocation location, OpenMode mode, IProgress<LoadProgress>? progress = null, TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        var create = mode == OpenMode.Initialise || location.IsDefault;
        var (store, created) = await StoreOpener.OpenAsync(location, create, clock, cancellationToken);
        try
        {
            if (!created)
            {
                return new Workspace(store, created: false, demo: null);
            }
            await ReferenceSeeder.SeedAsync(store, ReferenceCatalog.Default, cancellationToken);
            var demo = mode == OpenMode.Existing ? await DemoLoader.LoadAsync(store, progress, cancellationToken) : null;
            return new Workspace(store, created: true, demo);
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}
