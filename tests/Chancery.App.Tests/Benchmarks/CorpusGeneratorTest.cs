using System.Text;
using Chancery.App.Benchmarks;

namespace Chancery.App.Tests.Benchmarks;

public sealed class CorpusGeneratorTest
{
    private static readonly string[] Seeds =
    [
        "JAKARTA, 5 July 2023 - The 19th ASEAN-Russia Senior Officials' Meeting was held today.",
        "HANOI, 12 December 2023 - President Xi Jinping began a state visit to Viet Nam.",
    ];

    [Fact]
    public void Given_seeds_When_a_size_is_asked_for_Then_documents_come_until_it_is_reached_and_no_two_are_alike()
    {
        var documents = new CorpusGenerator(Seeds).Generate(2_000).ToList();

        documents.Sum(d => Encoding.UTF8.GetByteCount(d)).ShouldBeGreaterThanOrEqualTo(2_000);
        documents.Distinct().Count().ShouldBe(documents.Count);
    }

    [Fact]
    public void Given_a_release_When_varied_Then_its_years_and_ordinals_move_and_the_first_round_is_the_release_itself()
    {
        CorpusGenerator.Vary(Seeds[0], 0).ShouldBe(Seeds[0]);

        var varied = CorpusGenerator.Vary(Seeds[0], 1);

        varied.ShouldNotContain("2023");
        varied.ShouldNotContain("19th");
    }

    [Fact]
    public void Given_the_same_seeds_When_generated_twice_Then_the_corpus_is_the_same() =>
        new CorpusGenerator(Seeds).Generate(1_000).ShouldBe(new CorpusGenerator(Seeds).Generate(1_000));
    [Fact]
    public void Given_an_index_When_a_document_is_made_alone_Then_it_is_the_one_the_stream_gives_there() =>
        new CorpusGenerator(Seeds).Document(5).ShouldBe(new CorpusGenerator(Seeds).Generate(100_000).ElementAt(5));

    [Fact]
    public void Given_news_of_a_later_round_When_made_Then_its_days_of_the_month_move_in_either_order_of_writing()
    {
        var generator = new CorpusGenerator(Seeds);

        generator.News(0).ShouldBe(generator.Document(0));
        generator.News(2).ShouldContain("8 July");
        generator.News(3).ShouldContain("15 December");
        new CorpusGenerator(["MANILA, March 30, 2016 - Talks were held."]).News(1).ShouldContain("March 5,");
    }
}
