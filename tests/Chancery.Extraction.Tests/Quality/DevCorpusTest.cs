using System.Text.Json;
using Chancery.Testing;

namespace Chancery.Extraction.Tests.Quality;

/// <summary>
/// The regression gate: the extractor's scores on the dev corpus kept in data/corpus/dev may not fall below
/// the floors in floor.json. The micro-F1 over all fields may not fall at all; a single field may give up a
/// hundredth, since a better reading of one engagement can move how the scorer pairs the others. Raise the
/// floors when the extractor gets better; never lower one to make this pass.
/// </summary>
public sealed class DevCorpusTest
{
    private const double FieldTolerance = 0.01;

    private static readonly Lazy<IReadOnlyDictionary<string, double>> Scores = new(() => Scorer.Score(
        Path.Combine(Repository.DevCorpus, "gold.jsonl"),
        Directory.EnumerateFiles(Repository.DevCorpus, "*.txt").Order(StringComparer.Ordinal)));

    public static TheoryData<string> Fields() => [.. Floors().Keys];

    [Theory]
    [MemberData(nameof(Fields))]
    public void Given_the_dev_corpus_When_extracted_and_scored_Then_no_field_falls_below_its_floor(string field)
    {
        var floor = Floors()[field] - (field == "micro" ? 0 : FieldTolerance);

        Scores.Value[field].ShouldBeGreaterThanOrEqualTo(floor, $"{field} F1 fell below its floor of {floor}");
    }

    [Fact]
    public void Given_the_dev_corpus_When_counted_Then_it_holds_the_81_documents_of_the_gold()
    {
        var documents = Directory.EnumerateFiles(Repository.DevCorpus, "*.txt").Count();
        var gold = File.ReadLines(Path.Combine(Repository.DevCorpus, "gold.jsonl")).Count(line => line.Length > 0);

        (documents, gold).ShouldBe((81, 81));
    }

    private static Dictionary<string, double> Floors() =>
        JsonSerializer.Deserialize<Dictionary<string, double>>(File.ReadAllText(Repository.Path("tests", "Chancery.Extraction.Tests", "Quality", "floor.json")))!;
}
