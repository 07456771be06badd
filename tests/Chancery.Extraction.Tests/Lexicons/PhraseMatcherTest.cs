using Chancery.Extraction.Lexicons;
using Chancery.Extraction.Text;

namespace Chancery.Extraction.Tests.Lexicons;

public sealed class PhraseMatcherTest
{
    private static List<string> Found(PhraseMatcher<string> matcher, string text) =>
        [.. matcher.FindAll(Tokenizer.Tokenize(text)).Select(m => m.Value)];

    [Fact]
    public void Given_a_phrase_written_with_a_capital_When_the_text_has_it_in_lower_case_Then_it_is_not_found()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("New Delhi", "city");

        Found(matcher, "a new delhi office").ShouldBeEmpty();
        Found(matcher, "talks in New Delhi").ShouldBe(["city"]);
    }

    [Fact]
    public void Given_a_capitalised_and_a_lower_case_phrase_with_the_same_first_word_When_the_text_has_the_lower_case_one_Then_it_is_found()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("The Hague", "city");
        matcher.Add("the summit", "meeting");

        Found(matcher, "after the summit in The Hague").ShouldBe(["meeting", "city"]);
        Found(matcher, "after the hague talks").ShouldBeEmpty();
    }

    [Fact]
    public void Given_an_acronym_When_the_text_writes_it_in_lower_case_or_only_capitalised_Then_it_is_not_found()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("ARF", "forum");

        Found(matcher, "the arf and the Arf").ShouldBeEmpty();
        Found(matcher, "the ARF met").ShouldBe(["forum"]);
    }
}
