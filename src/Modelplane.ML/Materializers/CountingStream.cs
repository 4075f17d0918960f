namespace Modelplane.ML.Materializers;

/// <summary>
/// A stream that stores nothing and only tracks how long the file would be: the storage size of
/// a value without writing it twice. Seekable, because ML.NET's binary saver seeks back to
/// write its header and table of contents.
/// </summary>
internal sealed class CountingStream : Stream
{
    private long _length;
    private long _position;

    public override bool CanRead => false;

    public override bool CanSeek => true;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _position;
        set => _position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => _length + offset,
    };

    public override void SetLength(long value) => _length = value;

    public override void Write(byte[] buffer, int offset, int count) => Advance(count);

    public override void Write(ReadOnlySpan<byte> buffer) => Advance(buffer.Length);

    private void Advance(int count)
    {
        _position += count;
        _length = Math.Max(_length, _position);
    }
}
