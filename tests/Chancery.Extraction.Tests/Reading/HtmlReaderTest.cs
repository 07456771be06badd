using System.Text;
using Chancery.Extraction.Reading;

namespace Chancery.Extraction.Tests.Reading;

public sealed class HtmlReaderTest
{
    /// <summary>A news page as portals publish them: the story among navigation, share bars, link boxes, scripts and boilerplate.</summary>
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>ASEAN, Russia hold 19th SOM | ASEAN Main Portal</title>
        <meta property="article:published_time" content="2023-06-14T10:00:00+07:00">
        <script>window.dataLayer=[];function gtag(){dataLayer.push(arguments)}</script>
        <style>body{font-family:sans-serif}</style></head>
        <body>
        <header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News Room</a></li></ul></nav></header>
        <div class="breadcrumb"><a href="/">Home</a> / <a href="/news">News</a></div>
        <main><article>
        <h1>ASEAN, Russia hold 19th Senior Officials' Meeting</h1>
        <div class="share-buttons"><a href="https://facebook.com/share">Share on Facebook</a> <a href="https://x.com/share">Tweet this</a></div>
        <p>JAKARTA, 14 June 2023 &ndash; The 19th ASEAN-Russia Senior Officials' Meeting was held today at the ASEAN Secretariat.
        The officials reviewed the Comprehensive Plan of Action and exchanged views on regional developments of common interest.</p>
        <p>Both sides agreed to deepen cooperation in trade, energy and education, and to meet again next year in Moscow.</p>
        <p class="also-read">Also read: <a href="/x">ASEAN and China discuss the Code of Conduct</a></p>
        <p><a href="/a">ASEAN-Japan Summit held in Bali</a></p>
        </article></main>
        <aside><h3>Related news</h3><ul><li><a href="/b">EU-ASEAN ministerial meeting held in Brussels</a></li></ul></aside>
        <footer><p>ABOUT ASEAN: The Association of Southeast Asian Nations was established on 8 August 1967.</p></footer>
        <script>document.write("injected text")</script>
        </body></html>
        """;

    private static SourceDocument Read(string html) => DocumentReader.Default.Read(Encoding.UTF8.GetBytes(html), "page.html");

    [Fact]
    public void Given_a_news_page_When_read_Then_its_story_comes_out_paragraph_by_paragraph_under_the_title()
    {
        var lines = Read(Page).Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines[0].ShouldBe("ASEAN, Russia hold 19th Senior Officials' Meeting");
        lines[1].ShouldStartWith("JAKARTA, 14 June 2023 \u2013 The 19th ASEAN-Russia Senior Officials' Meeting was held today");
        lines[1].ShouldEndWith("regional developments of common interest.");
        lines[2].ShouldStartWith("Both sides agreed");
        lines.Length.ShouldBe(3);
    }

    [Theory]
    [InlineData("Home")]
    [InlineData("Share on Facebook")]
    [InlineData("Also read")]
    [InlineData("ASEAN-Japan Summit held in Bali")]
    [InlineData("Related news")]
    [InlineData("ABOUT ASEAN")]
    [InlineData("dataLayer")]
    [InlineData("injected text")]
    [InlineData("font-family")]
    public void Given_a_news_page_When_read_Then_what_is_not_the_story_is_left_out(string leak) =>
        Read(Page).Text.ShouldNotContain(leak);

    [Fact]
    public void Given_a_page_with_a_publication_date_When_read_Then_the_date_comes_with_the_text()
    {
        var document = Read(Page);

        document.Published.ShouldBe(new DateOnly(2023, 6, 14));
        document.Format.ShouldBe(DocumentFormat.Html);
    }

    [Fact]
    public void Given_a_page_of_scripts_only_When_read_Then_it_is_refused_for_having_no_text() =>
        Should.Throw<UnreadableDocumentException>(() => Read("<html><head><script>var a = 1;</script></head><body><script>alert('x')</script></body></html>"))
            .Message.ShouldBe("HTML with no readable text (only scripts or markup)");

    [Fact]
    public void Given_a_page_in_windows_1252_declared_by_its_meta_tag_When_read_Then_its_characters_are_right()
    {
        var bytes = CodePages.Windows1252.GetBytes("<html><head><meta charset=\"windows-1252\"></head><body><p>The caf\u00e9 talks \u201cwent well\u201d in Hanoi on Tuesday, officials said.</p></body></html>");

        DocumentReader.Default.Read(bytes, "page.htm").Text.ShouldContain("caf\u00e9 talks \u201cwent well\u201d");
    }

    [Fact]
    public void Given_hostile_markup_When_read_Then_the_text_is_read_without_running_or_keeping_it()
    {
        var hostile = "<html><body><p onload=\"steal()\">The Ambassador called on the Secretary-General in Jakarta today to discuss cooperation.</p>"
            + "<img src=x onerror=alert(1)><iframe src=\"https://evil.example\">frame text</iframe><p>" + new string('<', 1000) + "</p></body></html>";

        var text = Read(hostile).Text;

        text.ShouldStartWith("The Ambassador called on the Secretary-General");
        text.ShouldNotContain("frame text");
        text.ShouldNotContain("steal");
    }
}
