using Chancery.Testing;

namespace Chancery.Extraction.Tests.Quality;

/// <summary>
/// The article Chancery was conceived from must come out exactly as its gold says. The article is not kept in
/// the repository: the test reads it from the shared folder beside the clone (or $CHANCERY_SHARED), and is
/// skipped where there is none.
/// </summary>
public sealed class SeedArticleTest
{
    private static string Shared => Environment.GetEnvironmentVariable("CHANCERY_SHARED") is { Length: > 0 } shared
        ? Path.GetDirectoryName(Path.GetFullPath(shared))!
        : Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared"));

    [SkippableFact]
    public void Given_the_seed_article_When_extracted_and_scored_Then_every_field_is_right()
    {
        var article = Path.Combine(Shared, "seed", "seed-article.txt");
        var gold = Path.Combine(Shared, "extraction", "seed-gold.jsonl");
        Skip.IfNot(File.Exists(article) && File.Exists(gold), $"no seed article under {Shared}");
        using var directory = new TemporaryDirectory();
        var seed = directory.File("seed.txt");
        File.Copy(article, seed);

        Scorer.Score(gold, [seed])["micro"].ShouldBe(1.0);
    }
}
