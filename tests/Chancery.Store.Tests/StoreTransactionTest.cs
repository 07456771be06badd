using Chancery.Domain;
using Chancery.Testing;

namespace Chancery.Store.Tests;

/// <summary>Every write is one transaction: all of it lands, or none of it.</summary>
public abstract class StoreTransactionTest : StoreContract
{
    [Fact]
    public async Task Work_that_fails_halfway_leaves_nothing_behind()
    {
        await SeedAsync();
        var before = await Read(r => r.CountsAsync());

        await Should.ThrowAsync<InvalidOperationException>(() => Write<int>(async w =>
        {
            await w.SavePersonAsync(new Person("Sergey Lavrov"));
            await w.SaveSourceAsync(new Source { Text = "Lavrov met ASEAN foreign ministers." });
            throw new InvalidOperationException("the reader broke");
        }));

        (await Read(r => r.CountsAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task An_engagement_naming_an_unknown_person_is_refused_by_name_and_not_stored()
    {
        var seeded = await SeedAsync();
        var before = await Read(r => r.CountsAsync());
        var stray = Samples.CourtesyCall(new Id<Person>(404), seeded.Zagaynov, seeded.Source);

        var error = await Should.ThrowAsync<StoreException>(() => Write(w => w.SaveEngagementAsync(stray)));

        error.Problem.ShouldBe(StoreProblem.Invalid);
        error.Message.ShouldContain("person 404");
        (await Read(r => r.CountsAsync())).ShouldBe(before);
    }

    [Theory]
    [InlineData("actor")]
    [InlineData("mechanism")]
    [InlineData("plan")]
    [InlineData("source")]
    public async Task An_engagement_naming_any_unknown_record_is_refused(string what)
    {
        var seeded = await SeedAsync();
        var call = Samples.CourtesyCall(seeded.Tene, seeded.Zagaynov, seeded.Source);
        var stray = what switch
        {
            "actor" => call with { Parties = [Samples.Asean, new ActorId("XX")] },
            "mechanism" => call with { Sitting = new SittingRef(new Key<Mechanism>("asean-xx-som"), 1) },
            "plan" => call with { Plans = [new Key<Plan>("nowhere")] },
            _ => call with { Citations = [new Citation(new Id<Source>(404), CitationRole.Primary)] },
        };

        var error = await Should.ThrowAsync<StoreException>(() => Write(w => w.SaveEngagementAsync(stray)));

        error.Message.ShouldContain(what);
    }

    [Fact]
    public async Task Updating_an_engagement_that_is_not_there_is_refused()
    {
        await SeedAsync();

        var error = await Should.ThrowAsync<StoreException>(() => Write(w => w.SaveEngagementAsync(new Engagement { Id = new Id<Engagement>(999), Kind = EngagementKind.Other })));

        error.Message.ShouldContain("#999");
    }
}
