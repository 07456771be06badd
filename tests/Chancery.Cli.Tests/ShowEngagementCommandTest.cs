using System.Text.Json;

namespace Chancery.Cli.Tests;

public sealed class ShowEngagementCommandTest(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    private async Task<long> CourtesyCallIdAsync()
    {
        var run = await demo.RunAsync("engagements", "--json", "--query", "Zagaynov", "--kind", "courtesy-call");
        return JsonDocument.Parse(run.Output).RootElement[0].GetProperty("id").GetInt64();
    }

    [Fact]
    public async Task Given_the_seed_s_courtesy_call_when_shown_then_its_people_and_quoted_evidence_appear()
    {
        var run = await demo.RunAsync("show", "engagement", (await CourtesyCallIdAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture));

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("Courtesy call");
        run.Output.ShouldContain("Michael Tene");
        run.Output.ShouldContain("Deputy Secretary-General");
        run.Output.ShouldContain("Evgeny Zagaynov");
        run.Output.ShouldContain("“5 July 2023”");
        run.Output.ShouldContain("supports-asean-centrality");
    }

    [Fact]
    public async Task Given_json_when_shown_then_the_record_and_its_evidence_quotes_are_written()
    {
        var id = await CourtesyCallIdAsync();

        var json = JsonDocument.Parse((await demo.RunAsync("show", "engagement", $"#{id}", "--json")).Output).RootElement;

        json.GetProperty("id").GetInt64().ShouldBe(id);
        json.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ShouldBe(["Michael Tene", "Evgeny Zagaynov"], ignoreOrder: true);
        json.GetProperty("sources")[0].GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("quote").GetString()).ShouldContain("ASEAN Secretariat");
    }

    [Theory]
    [InlineData("99999", "there is no engagement #99999")]
    [InlineData("abc", "'abc' is not an engagement number")]
    public async Task Given_no_such_engagement_when_shown_then_one_line_says_so(string id, string message)
    {
        var run = await demo.RunAsync("show", "engagement", id);

        run.ExitCode.ShouldBe(1);
        run.ErrorLines.ShouldHaveSingleItem().ShouldContain(message);
    }
}
