using System.Text.Json;

namespace Chancery.Cli.Tests;

public sealed class EngagementsCommandTest(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    private static JsonElement[] Json(CliRun run) => [.. JsonDocument.Parse(run.Output).RootElement.EnumerateArray()];

    [Fact]
    public async Task Given_the_demo_when_listing_Russia_s_engagements_of_2023_then_the_table_shows_the_courtesy_call_and_the_19th_ARSOM()
    {
        var run = await demo.RunAsync("engagements", "--partner", "Russia", "--since", "2023", "--until", "2023");

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("2023-07-05");
        run.Output.ShouldContain("Courtesy call");
        run.Output.ShouldContain("19th ARSOM");
        run.Output.ShouldContain("ASEAN Secretariat, Jakarta (ID)");
        run.Output.ShouldNotContain("2022-");
        run.Error.ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_json_when_listing_then_every_match_is_written_unless_limited()
    {
        var all = Json(await demo.RunAsync("engagements", "--json"));
        var two = Json(await demo.RunAsync("engagements", "--json", "--limit", "2"));

        all.Length.ShouldBeGreaterThanOrEqualTo(62);
        two.Select(e => e.GetProperty("id").GetInt64()).ShouldBe(all.Take(2).Select(e => e.GetProperty("id").GetInt64()));
    }

    [Fact]
    public async Task Given_filters_when_listing_as_json_then_each_record_meets_them()
    {
        var records = Json(await demo.RunAsync("engagements", "--json", "--partner", "CN", "--kind", "summit", "--since", "2019-01-01"));

        records.ShouldNotBeEmpty();
        records.ShouldAllBe(e => e.GetProperty("kind").GetString() == "summit");
        records.ShouldAllBe(e => e.GetProperty("parties").EnumerateArray().Any(p => p.GetString() == "CN"));
        records.ShouldAllBe(e => string.CompareOrdinal(e.GetProperty("date").GetString(), "2019-01-01") >= 0);
    }

    [Fact]
    public async Task Given_words_when_listing_then_full_text_search_finds_the_courtesy_call()
    {
        var records = Json(await demo.RunAsync("engagements", "--json", "--query", "Zagaynov", "--kind", "courtesy-call"));

        var call = records.ShouldHaveSingleItem();
        call.GetProperty("date").GetString().ShouldBe("2023-07-05");
        call.GetProperty("venue").GetString().ShouldBe("ASEAN Secretariat");
    }

    [Fact]
    public async Task Given_a_sector_when_listing_then_only_engagements_covering_it_are_listed()
    {
        var records = Json(await demo.RunAsync("engagements", "--json", "--sector", "maritime"));

        records.ShouldNotBeEmpty();
        records.ShouldAllBe(e => e.GetProperty("sectors").EnumerateArray().Any(s => s.GetString() == "maritime"));
    }

    [Theory]
    [InlineData("--kind", "tea-party", "--kind 'tea-party' is not one of: summit")]
    [InlineData("--sector", "knitting", "--sector 'knitting' is not one of")]
    [InlineData("--since", "2023-13-01", "--since '2023-13-01' is not a date")]
    [InlineData("--until", "yesterday", "--until 'yesterday' is not a date")]
    [InlineData("--limit", "0", "--limit must be a positive number")]
    [InlineData("--partner", "Narnia", "--partner 'Narnia' is no state or organisation Chancery knows")]
    [InlineData("--review", "maybe", "--review 'maybe' is not one of: draft, confirmed")]
    public async Task Given_a_bad_argument_when_listing_then_one_line_on_stderr_names_it_and_the_exit_code_is_1(string option, string value, string message)
    {
        var run = await demo.RunAsync("engagements", option, value);

        run.ExitCode.ShouldBe(1);
        run.ErrorLines.ShouldHaveSingleItem().ShouldStartWith("chancery: ");
        run.Error.ShouldContain(message);
        run.Output.ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_dates_in_the_wrong_order_when_listing_then_the_user_is_told()
    {
        var run = await demo.RunAsync("engagements", "--since", "2024", "--until", "2023");

        run.ExitCode.ShouldBe(1);
        run.ErrorLines.ShouldHaveSingleItem().ShouldContain("--since 2024 comes after --until 2023");
    }

    [Fact]
    public async Task Given_an_unknown_option_when_listing_then_one_line_points_to_help()
    {
        var run = await demo.RunAsync("engagements", "--colour", "red");

        run.ExitCode.ShouldBe(1);
        run.ErrorLines.ShouldHaveSingleItem().ShouldContain("chancery --help");
    }

    [Theory]
    [InlineData("--partner")]
    [InlineData("--limit")]
    [InlineData("--db")]
    public async Task Given_an_option_without_its_value_then_one_line_names_the_option(string option)
    {
        var run = await CliRun.RunAsync("engagements", option);
        var followed = await CliRun.RunAsync("engagements", option, "--json");

        run.ExitCode.ShouldBe(1);
        run.ErrorLines.ShouldHaveSingleItem().ShouldBe($"chancery: {option} needs a value (see `chancery --help`)");
        followed.ErrorLines.ShouldHaveSingleItem().ShouldContain($"{option} needs a value");
    }
}
