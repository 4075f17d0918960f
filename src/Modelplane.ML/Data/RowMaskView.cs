using Microsoft.ML;
using Microsoft.ML.Data;

namespace Modelplane.ML.Data;

/// <summary>
/// The rows of a data view whose positions are marked in a mask, in their original order.
/// Splits, folds and the dropping of rows with missing values are all masks over one source.
/// </summary>
internal sealed class RowMaskView : IDataView
{
    private readonly IDataView _source;
    private readonly bool[] _keep;
    private readonly long _count;

    public RowMaskView(IDataView source, bool[] keep)
    {
        _source = source;
        _keep = keep;
        _count = keep.LongCount(k => k);
    }

    public bool CanShuffle => false;

    public DataViewSchema Schema => _source.Schema;

    public long? GetRowCount() => _count;

    public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null) =>
        new Cursor(_source.GetRowCursor(columnsNeeded), _keep);

    public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) =>
        [GetRowCursor(columnsNeeded)];

    private sealed class Cursor : DataViewRowCursor
    {
        private readonly DataViewRowCursor _inner;
        private readonly bool[] _keep;
        private long _sourceRow = -1;
        private long _position = -1;

        public Cursor(DataViewRowCursor inner, bool[] keep)
        {
            _inner = inner;
            _keep = keep;
        }

        public override DataViewSchema Schema => _inner.Schema;

        public override long Position => _position;

        public override long Batch => 0;

        public override bool MoveNext()
        {
            while (_inner.MoveNext())
            {
                _sourceRow++;
                if (_sourceRow >= _keep.Length)
                {
                    throw new InvalidOperationException("The source data view has more rows than the row mask it was split with.");
                }

                if (_keep[_sourceRow])
                {
                    _position++;
                    return true;
                }
            }

            return false;
        }

        public override bool IsColumnActive(DataViewSchema.Column column) => _inner.IsColumnActive(column);

        public override ValueGetter<DataViewRowId> GetIdGetter() => _inner.GetIdGetter();

        public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column) => _inner.GetGetter<TValue>(column);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
