using Chancery.Extraction.Lexicons;

namespace Chancery.Extraction.Tests.Lexicons;

public sealed class LexiconFileTest
{
    [Fact]
    public void Given_the_embedded_lexicons_When_the_tables_are_listed_Then_every_table_is_named_once_and_the_compressed_word_list_is_not()
    {
        var tables = LexiconFile.Tables().ToList();

        tables.ShouldContain("months.tsv");
        tables.ShouldContain("frequent-words.tsv");
        tables.ShouldNotContain("english-words.tsv.gz");
        tables.ShouldBeUnique();
        tables.ShouldAllBe(name => LexiconFile.Read(name).Any());
    }

    [Fact]
    public void Given_the_frequent_words_When_read_Then_they_come_commonest_first_in_lower_case()
    {
        var words = LexiconFile.Read("frequent-words.tsv").Select(row => row["word"]).ToList();

        words.Count.ShouldBe(3000);
        words.IndexOf("the").ShouldBeLessThan(5);
        words.IndexOf("the").ShouldBeLessThan(words.IndexOf("meeting"));
        words.ShouldAllBe(word => word == word.ToLowerInvariant());
    }
}
