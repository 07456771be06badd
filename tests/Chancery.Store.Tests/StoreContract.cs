using Chancery.Domain;
using Chancery.Testing;

namespace Chancery.Store.Tests;

/// <summary>
/// What every store engine must do, written once: SQLite and PostgreSQL run the same tests.
/// Each test gets an empty store from <see cref="NewStoreAsync"/>.
/// </summary>
public abstract class StoreContract : IAsyncLifetime
{
    protected IChanceryStore Store { get; private set; } = null!;

    protected abstract Task<IChanceryStore> NewStoreAsync();

    public async Task InitializeAsync() => Store = await NewStoreAsync();

    public async Task DisposeAsync() => await Store.DisposeAsync();

    protected Task<T> Read<T>(Func<IStoreReader, Task<T>> work) => Store.ReadAsync((reader, _) => work(reader));

    protected Task<T> Write<T>(Func<IStoreWriter, Task<T>> work) => Store.WriteAsync((writer, _) => work(writer));

    /// <summary>The seed's world: actors, the ARSOM, the CPA, Tene and Zagaynov, one source, the courtesy call and the 19th ARSOM.</summary>
    protected async Task<Seeded> SeedAsync() => await Write(SeedAsync);

    /// <summary>The seed's world written by <paramref name="w"/>: what <see cref="SeedAsync()"/> stores, for tests of their own stores.</summary>
    public static async Task<Seeded> SeedAsync(IStoreWriter w)
    {
        foreach (var actor in new[] { Samples.AseanActor, Samples.RussiaActor, Samples.CambodiaActor, Samples.IndonesiaActor })
        {
            await w.SaveActorAsync(actor);
        }
        await w.SaveMechanismAsync(Samples.ArsomMechanism);
        await w.SavePlanAsync(Samples.CpaPlan);
        var tene = await w.SavePersonAsync(Samples.Tene);
        var zagaynov = await w.SavePersonAsync(Samples.Zagaynov);
        var source = await w.SaveSourceAsync(Samples.CourtesyCallSource);
        var call = await w.SaveEngagementAsync(Samples.CourtesyCall(tene, zagaynov, source));
        var arsom = await w.SaveEngagementAsync(Samples.NineteenthArsom(source));
        return new Seeded(tene, zagaynov, source, call, arsom);
    }

    public sealed record Seeded(Id<Person> Tene, Id<Person> Zagaynov, Id<Source> Source, Id<Engagement> CourtesyCall, Id<Engagement> Arsom);
}
