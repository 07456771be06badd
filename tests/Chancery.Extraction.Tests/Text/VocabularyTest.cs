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
}
