using System.Text;
using Chancery.Extraction.Reading;

namespace Chancery.Extraction.Tests.Reading;

public sealed class DocumentReaderTest
{
    [Fact]
    public void Given_an_empty_file_When_read_Then_it_is_refused_as_empty() =>
        Should.Throw<UnreadableDocumentException>(() => DocumentReader.Default.Read([], "empty.txt")).Message.ShouldBe("empty file");

    [Fact]
    public void Given_only_white_space_When_read_Then_it_is_refused_as_having_no_text() =>
        Should.Throw<UnreadableDocumentException>(() => DocumentReader.Default.Read("  \n\t\r\n"u8.ToArray(), "blank.txt")).Message.ShouldBe("no text, only white space");

    [Fact]
    public async Task Given_a_stream_longer_than_the_limit_When_read_Then_it_is_refused_before_it_is_read_whole()
    {
        var reader = new DocumentReader(maxBytes: 1024 * 1024);
        await using var huge = new EndlessStream();

        var error = await Should.ThrowAsync<UnreadableDocumentException>(() => reader.ReadAsync(huge, "huge.txt"));

        error.Message.ShouldBe("too large: over the 1 MB limit for one document");
        huge.Position.ShouldBeLessThan(2 * 1024 * 1024);
    }

    [Fact]
    public async Task Given_a_file_larger_than_the_limit_When_read_Then_its_size_is_in_the_error()
    {
        var reader = new DocumentReader(maxBytes: 1024 * 1024);
        await using var file = new MemoryStream(new byte[3 * 1024 * 1024]);

        (await Should.ThrowAsync<UnreadableDocumentException>(() => reader.ReadAsync(file, "big.txt"))).Message
            .ShouldBe("too large: 3 MB is over the 1 MB limit for one document");
    }

    [Theory]
    [InlineData("%PDF-1.7\n", "notes.txt", DocumentFormat.Pdf)]
    [InlineData("<!DOCTYPE html><html>", "story", DocumentFormat.Html)]
    [InlineData("<p>a fragment</p>", "story.htm", DocumentFormat.Html)]
    [InlineData("JAKARTA - The meeting", "story", DocumentFormat.Text)]
    public void Given_bytes_and_a_name_When_the_format_is_told_Then_the_content_wins_over_the_name(string head, string name, DocumentFormat format) =>
        DocumentReader.FormatOf(Encoding.UTF8.GetBytes(head), name).ShouldBe(format);

    /// <summary>A stream that never ends, as a device or a runaway pipe would be.</summary>
    private sealed class EndlessStream : Stream
    {
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'a');
            position += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
