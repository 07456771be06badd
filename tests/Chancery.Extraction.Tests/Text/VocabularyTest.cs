using Chancery.Extraction.Lexicons;
using Chancery.Extraction.Text;

namespace Chancery.Extraction.Tests.Text;

public sealed class VocabularyTest
{
    [Fact]
    public void Given_a_reading_that_loads_a_lexicon_holding_a_word_of_its_text_When_run_steady_Then_it_is_read_again_and_finds_the_word()
    {
        var word = "vocabularylate" + Guid.NewGuid().ToString("N")[..8];
        WordSet? lexicon = null;
        var readings = 0;

        var found = Vocabulary.Steady(() =>
        {
            readings++;
            var token = Tokenizer.Tokenize($"The {word} met")[1];
            // The lexicon loads when first asked, after the text was tokenised, as the extractor's lexicons do.
            lexicon ??= new WordSet([word]);
            return lexicon.Contains(token);
        });

        found.ShouldBeTrue();
        readings.ShouldBe(2);
    }

    [Fact]
    public void Given_a_reading_that_adds_no_word_When_run_steady_Then_it_is_read_once()
    {
        var readings = 0;

        Vocabulary.Steady(() => readings++);

        readings.ShouldBe(1);
    }

    [Fact]
    public void Given_texts_of_new_words_When_numbered_Then_their_words_are_numbered_in_the_order_they_come_and_folded()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];

        Vocabulary.Number([$"Firstword{tag} secondword{tag}", $"thirdword{tag}"]);

        var first = Vocabulary.IdOf($"firstword{tag}");
        var second = Vocabulary.IdOf($"secondword{tag}");
        var third = Vocabulary.IdOf($"thirdword{tag}");
        // In order, not necessarily one after the other: other tests may number words on other threads meanwhile.
        first.ShouldBeGreaterThanOrEqualTo(0);
        second.ShouldBeGreaterThan(first);
        third.ShouldBeGreaterThan(second);
    }

    [Fact]
    public void Given_a_word_numbered_before_When_numbered_again_Then_it_keeps_its_number()
    {
        var word = "numberedonce" + Guid.NewGuid().ToString("N")[..8];
        Vocabulary.Number([word]);
        var before = Vocabulary.IdOf(word);

        Vocabulary.Number([$"other{word} {word}"]);

        Vocabulary.IdOf(word).ShouldBe(before);
    }
}
