using System.Text.Json;
using Chancery.Testing;

namespace Chancery.Cli.Tests;

public sealed class ExtractCommandTest : IDisposable
{
    private const string Release = "JAKARTA, 14 June 2023 - The Secretary-General of ASEAN received a courtesy call from the Ambassador of Japan to ASEAN at the ASEAN Secretariat.";

    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    private string Write(string name, string text)
    {
        var path = folder.File(name);
        File.WriteAllText(path, text);
        return path;
    }

    private static List<JsonElement> Lines(CliRun run) =>
        [.. run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement)];

    [Fact]
    public async Task Given_a_release_When_extracted_Then_one_object_names_it_with_its_date_and_engagements_with_evidence()
    {
        var path = Write("call.txt", Release);

        var run = await CliRun.RunAsync("extract", path);

        run.ExitCode.ShouldBe(0);
        var document = Lines(run).ShouldHaveSingleItem();
        document.GetProperty("id").GetString().ShouldBe("call");
        document.GetProperty("source").GetString().ShouldBe(path);
        document.GetProperty("published").GetString().ShouldBe("2023-06-14");
        var engagement = document.GetProperty("engagements").EnumerateArray().ShouldHaveSingleItem();
        engagement.GetProperty("kind").GetString().ShouldBe("courtesy-call");
        var evidence = engagement.GetProperty("evidence").EnumerateArray().First(e => e.GetProperty("field").GetString() == "kind");
        Release[evidence.GetProperty("start").GetInt32()..evidence.GetProperty("end").GetInt32()].ShouldBe("courtesy call");
        evidence.GetProperty("confidence").GetDouble().ShouldBeInRange(0, 1);
    }

    [Fact]
    public async Task Given_broken_files_among_good_ones_When_extracted_Then_each_gets_one_error_line_the_rest_are_read_and_the_exit_code_is_1()
    {
        Write("a.txt", Release);
        Write("b.txt", "");
        Write("c.txt", Release);

        var run = await CliRun.RunAsync("extract", folder.Path);

        run.ExitCode.ShouldBe(1);
        run.ErrorLines.ShouldBe([$"chancery: {folder.File("b.txt")}: empty file"]);
        Lines(run).Select(d => (d.GetProperty("id").GetString(), d.GetProperty("engagements").GetArrayLength())).ShouldBe([("a", 1), ("b", 0), ("c", 1)]);
        Lines(run)[1].GetProperty("error").GetString().ShouldBe("empty file");
    }

    [Fact]
    public async Task Given_a_200_MB_file_When_extracted_Then_it_is_refused_by_size_without_being_read()
    {
        var huge = folder.File("huge.txt");
        using (var file = File.Create(huge))
        {
            // A sparse file: 200 MB long, no time to write.
            file.SetLength(200L * 1024 * 1024);
        }

        var run = await CliRun.RunAsync("extract", huge, Write("small.txt", Release));

        run.ExitCode.ShouldBe(1);
        run.ErrorLines.ShouldBe([$"chancery: {huge}: too large: 200 MB is over the 32 MB limit for one document"]);
        Lines(run)[1].GetProperty("engagements").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Given_json_format_When_extracted_Then_the_output_is_one_indented_array()
    {
        Write("a.txt", Release);
        Write("b.txt", "Nothing happened today.");

        var run = await CliRun.RunAsync("extract", "--format", "json", folder.Path);

        var documents = JsonDocument.Parse(run.Output).RootElement;
        documents.GetArrayLength().ShouldBe(2);
        documents[1].GetProperty("engagements").GetArrayLength().ShouldBe(0);
        run.Output.ShouldContain("\n  \"id\": \"a\",");
    }

    [Fact]
    public async Task Given_a_dash_When_extracted_Then_standard_input_is_read_against_the_published_date()
    {
        var run = await CliRun.RunWithInputAsync("The Secretary-General of ASEAN received a courtesy call from the Ambassador of Japan to ASEAN yesterday.", "extract", "--published", "2023-06-14", "-");

        run.ExitCode.ShouldBe(0);
        var document = Lines(run).ShouldHaveSingleItem();
        (document.GetProperty("id").GetString(), document.GetProperty("source").GetString(), document.GetProperty("published").GetString()).ShouldBe(("stdin", "-", "2023-06-14"));
        document.GetProperty("engagements")[0].GetProperty("date").GetString().ShouldBe("2023-06-13");
    }

    [Theory]
    [InlineData("--format", "xml", "--format 'xml' is not one of: json, jsonl")]
    [InlineData("--published", "14 June", "--published '14 June' is not a date: use YYYY-MM-DD")]
    [InlineData("--timeout", "0", "--timeout 0 must be at least 1 second")]
    public async Task Given_a_wrong_option_When_extracting_Then_one_line_says_what_is_wrong(string option, string value, string message)
    {
        var run = await CliRun.RunAsync("extract", option, value, Write("a.txt", Release));

        run.ExitCode.ShouldBe(1);
        run.ErrorLines.ShouldHaveSingleItem().ShouldStartWith($"chancery: {message}");
    }
}
