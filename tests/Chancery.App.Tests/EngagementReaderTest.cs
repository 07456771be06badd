using System.Text.Json;
using Chancery.Domain;
using Chancery.Store;
using Chancery.Store.Sqlite;
using Chancery.Testing;

namespace Chancery.App.Tests;

public sealed class EngagementReaderTest : IAsyncLifetime
{
    private readonly TemporaryDirectory folder = new();
    private IChanceryStore store = null!;
    private Id<Engagement> call;

    public async Task InitializeAsync()
    {
        store = await SqliteStore.OpenAsync(folder.File("r.db"), createIfMissing: true);
        call = await store.WriteAsync(async (w, ct) =>
        {
            foreach (var actor in new[] { Samples.AseanActor, Samples.RussiaActor, Samples.IndonesiaActor })
            {
                await w.SaveActorAsync(actor, ct);
            }
            var tene = await w.SavePersonAsync(Samples.Tene, ct);
            var zagaynov = await w.SavePersonAsync(Samples.Zagaynov, ct);
            var source = await w.SaveSourceAsync(Samples.CourtesyCallSource, ct);
            var secret = await w.SaveSourceAsync(new Source { Text = "A cable on the same call.", Classification = Classification.Confidential }, ct);
            var engagement = Samples.CourtesyCall(tene, zagaynov, source);
            return await w.SaveEngagementAsync(engagement with { Citations = [.. engagement.Citations, new Citation(secret, CitationRole.Primary)] }, ct);
        });
    }

    public async Task DisposeAsync()
    {
        await store.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task A_document_speaks_the_extraction_contract_and_quotes_its_evidence()
    {
        var document = (await EngagementReader.DocumentsAsync(store, [call], Classification.Confidential)).Single();
        var json = JsonDocument.Parse(ChanceryJson.Serialize(document)).RootElement;

        json.GetProperty("date").GetString().ShouldBe("2023-07-05");
        json.GetProperty("kind").GetString().ShouldBe("courtesy-call");
        json.GetProperty("parties").EnumerateArray().Select(p => p.GetString()).ShouldBe(["ASEAN", "RU"]);
        json.GetProperty("stances")[0].GetProperty("stance").GetString().ShouldBe("supports-asean-centrality");
        var evidence = json.GetProperty("sources")[0].GetProperty("evidence");
        evidence.EnumerateArray().Select(e => e.GetProperty("quote").GetString()).ShouldContain("Evgeny Zagaynov");
        json.GetProperty("sources").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task A_source_above_the_clearance_is_not_even_cited()
    {
        var document = (await EngagementReader.DocumentsAsync(store, [call], Classification.Public)).Single();

        document.Sources.ShouldHaveSingleItem().Title.ShouldBe(Samples.CourtesyCallSource.Title);
    }

    [Fact]
    public async Task An_engagement_above_the_clearance_is_left_out()
    {
        await store.WriteAsync(async (w, ct) =>
        {
            var engagement = (await w.EngagementAsync(call, ct))!;
            return await w.SaveEngagementAsync(engagement with { Classification = Classification.Restricted }, ct);
        });

        (await EngagementReader.DocumentsAsync(store, [call], Classification.Public)).ShouldBeEmpty();
        (await EngagementReader.DocumentsAsync(store, [call], Classification.Restricted)).ShouldHaveSingleItem();
    }
}
