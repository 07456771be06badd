using Chancery.Extraction.Text;

namespace Chancery.Extraction.Tests.Text;

public sealed class TextViewTest
{
    [Fact]
    public void Given_typographic_quotes_dashes_and_spaces_When_viewed_Then_each_is_folded_in_place()
    {
        const string text = "\u201CWelcome,\u201D said the\u00A0Ambassador \u2013 2023\u20132025\u2019s plan\r\n\u2022 item\tend`";

        var view = TextView.Of(text);

        view.ShouldBe("\"Welcome,\" said the Ambassador - 2023-2025's plan\n\n* item end'");
        view.Length.ShouldBe(text.Length);
    }

    [Fact]
    public void Given_plain_text_When_viewed_Then_the_text_itself_is_the_view() =>
        TextView.Of("JAKARTA, 5 July 2023 - The Secretary-General received the Ambassador.")
            .ShouldBeSameAs("JAKARTA, 5 July 2023 - The Secretary-General received the Ambassador.");

    [Fact]
    public void Given_accented_letters_When_viewed_Then_they_are_kept_for_the_tokenizer_to_fold() =>
        TextView.Of("Vi\u1EC7t Nam, T\u00FCrkiye").ShouldBe("Vi\u1EC7t Nam, T\u00FCrkiye");
}
