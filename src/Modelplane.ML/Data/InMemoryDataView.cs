using Microsoft.ML;
using Microsoft.ML.Data;

namespace Modelplane.ML.Data;

/// <summary>
/// A read-only data view over column arrays (<see cref="float"/>, <see cref="bool"/> and text).
/// Loaded training data lives here: it is small, is read many times by cross-validation, and
/// must be fully validated before any training starts. Cursors are independent, so several
/// threads may read it at once.
/// </summary>
internal sealed class InMemoryDataView : IDataView
{
    private readonly Array[] _columns;
    private readonly int _rowCount;

    public InMemoryDataView(DataViewSchema schema, Array[] columns, int rowCount)
    {
        Schema = schema;
        _columns = columns;
        _rowCount = rowCount;
    }

    public bool CanShuffle => false;

    public DataViewSchema Schema { get; }

    public long? GetRowCount() => _rowCount;

    public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null) => new Cursor(this);

    public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) => [new Cursor(this)];

    private sealed class Cursor : DataViewRowCursor
    {
        private readonly InMemoryDataView _view;
        private int _row = -1;

        public Cursor(InMemoryDataView view) => _view = view;

        public override DataViewSchema Schema => _view.Schema;

        public override long Position => _row;

        public override long Batch => 0;

        public override bool MoveNext()
        {
            if (_row + 1 >= _view._rowCount)
            {
                _row = _view._rowCount;
                return false;
            }

            _row++;
            return true;
        }

        public override bool IsColumnActive(DataViewSchema.Column column) => true;

        public override ValueGetter<DataViewRowId> GetIdGetter() => (ref DataViewRowId value) => value = new DataViewRowId((ulong)_row, 0);

        public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column)
        {
            if (_view._columns[column.Index] is not TValue[] values)
            {
                throw new InvalidOperationException(
                    $"Column '{column.Name}' holds {column.Type} values; it cannot be read as {typeof(TValue).Name}.");
            }

            return (ref TValue value) => value = values[_row];
        }
    }
}
