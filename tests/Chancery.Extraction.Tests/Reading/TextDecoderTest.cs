using System.Text;
using Chancery.Extraction.Reading;

namespace Chancery.Extraction.Tests.Reading;

public sealed class TextDecoderTest
{
    private const string Release = "JAKARTA, 5 July 2023 \u2013 The Secretary-General received the Ambassador of Vi\u1EC7t Nam, who said \u201cwelcome\u201d.";

    [Fact]
    public void Given_utf8_without_a_mark_When_decoded_Then_the_text_is_exact() =>
        TextDecoder.Decode(Encoding.UTF8.GetBytes(Release)).ShouldBe(Release);

    [Fact]
    public void Given_utf8_with_a_byte_order_mark_When_decoded_Then_the_mark_is_dropped() =>
        TextDecoder.Decode([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Release)]).ShouldBe(Release);

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(true, false)]
    public void Given_utf16_in_either_byte_order_with_or_without_a_mark_When_decoded_Then_the_text_is_exact(bool bigEndian, bool mark)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: mark);
        TextDecoder.Decode([.. encoding.GetPreamble(), .. encoding.GetBytes(Release)]).ShouldBe(Release);
    }

    [Fact]
    public void Given_windows_1252_with_curly_quotes_and_accents_When_decoded_Then_they_come_back()
    {
        const string text = "HANOI \u2013 The caf\u00e9 meeting \u201cwent well\u201d, said Ms Ir\u00e8ne.";
        TextDecoder.Decode(CodePages.Windows1252.GetBytes(text)).ShouldBe(text);
    }

    [Fact]
    public void Given_utf8_broken_part_way_When_decoded_Then_the_error_names_the_offset()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Vi\u1EC7t Nam \u2013 "), 0xC3, 0x28, .. "talks"u8];
        Should.Throw<UnreadableDocumentException>(() => TextDecoder.Decode(bytes)).Message.ShouldBe("invalid UTF-8 at byte 15");
    }

    [Fact]
    public void Given_random_bytes_When_decoded_Then_they_are_refused_as_binary()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        Should.Throw<UnreadableDocumentException>(() => TextDecoder.Decode(bytes)).Message.ShouldBe("binary content, not text");
    }

    [Fact]
    public void Given_text_strewn_with_control_characters_but_no_zero_byte_When_decoded_Then_it_is_refused_as_binary()
    {
        var bytes = Enumerable.Repeat("ab\u0001\u0002"u8.ToArray(), 200).SelectMany(b => b).ToArray();
        Should.Throw<UnreadableDocumentException>(() => TextDecoder.Decode(bytes)).Message.ShouldBe("binary content, not text");
    }

    [Fact]
    public void Given_text_with_one_stray_control_character_When_decoded_Then_it_is_read_with_it() =>
        TextDecoder.Decode(Encoding.UTF8.GetBytes(Release + "\u0007\f\r\n")).ShouldBe(Release + "\u0007\f\r\n");

    [Fact]
    public void Given_a_png_image_When_decoded_Then_it_is_named_for_what_it_is() =>
        Should.Throw<UnreadableDocumentException>(() => TextDecoder.Decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]))
            .Message.ShouldBe("a PNG image, not a document");
}
