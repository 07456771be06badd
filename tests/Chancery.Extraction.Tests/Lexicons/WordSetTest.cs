using Chancery.Extraction.Lexicons;
using Chancery.Extraction.Text;

namespace Chancery.Extraction.Tests.Lexicons;

public sealed class WordSetTest
{
    [Fact]
    public void Given_folded_words_When_asked_with_tokens_Then_a_token_is_held_however_it_is_capitalised_or_accented()
    {
        var set = new WordSet(["minister", "turkiye"]);

        var tokens = Tokenizer.Tokenize("The Minister of TÜRKIYE met a ministerial delegation");

        tokens.Where(set.Contains).Select(t => t.Text).ShouldBe(["Minister", "TÜRKIYE"]);
    }

    [Fact]
    public void Given_a_word_no_lexicon_holds_When_asked_by_text_Then_it_is_not_held() =>
        new WordSet(["summit"]).Contains("wordsetunheardof").ShouldBeFalse();

    [Fact]
    public void Given_a_token_read_before_its_word_was_known_When_a_lexicon_later_holds_it_Then_only_a_token_read_again_is_found()
    {
        var word = "wordsetlate" + Guid.NewGuid().ToString("N")[..8];
        var before = Tokenizer.Tokenize(word)[0];

        var set = new WordSet([word]);

        set.Contains(before).ShouldBeFalse();
        set.Contains(Tokenizer.Tokenize(word)[0]).ShouldBeTrue();
    }
}
