namespace Hive.Indicators.Internal;

/// <summary>
/// Wilder's parabolic SAR as TA-Lib runs it (SAR and SAREXT share it). The first bar only provides the
/// initial extreme; the direction comes from the -DM between the first two bars unless a start value forces
/// it. SAREXT reports short positions as negative values.
/// </summary>
internal sealed class ParabolicSar
{
    private readonly double _startValue, _offsetOnReverse;
    private readonly double _initLong, _accelerationLong, _maxLong;
    private readonly double _initShort, _accelerationShort, _maxShort;
    private readonly bool _signed;
    private long _index;
    private bool _isLong;
    private double _afLong, _afShort, _ep, _sar, _newHigh, _newLow;

    public ParabolicSar(double startValue, double offsetOnReverse, double initLong, double accelerationLong, double maxLong,
        double initShort, double accelerationShort, double maxShort, bool signed)
    {
        _startValue = startValue;
        _offsetOnReverse = offsetOnReverse;
        _initLong = Math.Min(initLong, maxLong);
        _accelerationLong = Math.Min(accelerationLong, maxLong);
        _maxLong = maxLong;
        _initShort = Math.Min(initShort, maxShort);
        _accelerationShort = Math.Min(accelerationShort, maxShort);
        _maxShort = maxShort;
        _signed = signed;
    }

    /// <summary>Feeds a bar; returns true with the SAR for that bar from the second bar on.</summary>
    public bool Add(double high, double low, out double output)
    {
        output = 0;
        if (_index++ == 0)
        {
            _newHigh = high;
            _newLow = low;
            return false;
        }
        if (_index == 2) Start(high, low);
        var prevLow = _newLow;
        var prevHigh = _newHigh;
        _newLow = low;
        _newHigh = high;
        if (_isLong)
        {
            if (_newLow <= _sar)
            {
                _isLong = false;
                _sar = Math.Max(Math.Max(_ep, prevHigh), _newHigh);
                if (_offsetOnReverse != 0.0) _sar += _sar * _offsetOnReverse;
                output = _signed ? -_sar : _sar;
                _afShort = _initShort;
                _ep = _newLow;
                _sar += _afShort * (_ep - _sar);
                _sar = Math.Max(Math.Max(_sar, prevHigh), _newHigh);
            }
            else
            {
                output = _sar;
                if (_newHigh > _ep)
                {
                    _ep = _newHigh;
                    _afLong = Math.Min(_afLong + _accelerationLong, _maxLong);
                }
                _sar += _afLong * (_ep - _sar);
                _sar = Math.Min(Math.Min(_sar, prevLow), _newLow);
            }
        }
        else if (_newHigh >= _sar)
        {
            _isLong = true;
            _sar = Math.Min(Math.Min(_ep, prevLow), _newLow);
            if (_offsetOnReverse != 0.0) _sar -= _sar * _offsetOnReverse;
            output = _sar;
            _afLong = _initLong;
            _ep = _newHigh;
            _sar += _afLong * (_ep - _sar);
            _sar = Math.Min(Math.Min(_sar, prevLow), _newLow);
        }
        else
        {
            output = _signed ? -_sar : _sar;
            if (_newLow < _ep)
            {
                _ep = _newLow;
                _afShort = Math.Min(_afShort + _accelerationShort, _maxShort);
            }
            _sar += _afShort * (_ep - _sar);
            _sar = Math.Max(Math.Max(_sar, prevHigh), _newHigh);
        }
        return true;
    }

    public void Reset()
    {
        _index = 0;
        _isLong = false;
        _afLong = _afShort = _ep = _sar = _newHigh = _newLow = 0;
    }

    private void Start(double high, double low)
    {
        var firstHigh = _newHigh;
        var firstLow = _newLow;
        _afLong = _initLong;
        _afShort = _initShort;
        if (_startValue == 0)
        {
            var diffP = high - firstHigh;
            var diffM = firstLow - low;
            var minusDm = diffM > 0 && diffP < diffM ? diffM : 0;
            _isLong = !(minusDm > 0);
            _ep = _isLong ? high : low;
            _sar = _isLong ? firstLow : firstHigh;
        }
        else
        {
            _isLong = _startValue > 0;
            _ep = _isLong ? high : low;
            _sar = Math.Abs(_startValue);
        }
        _newHigh = high;
        _newLow = low;
    }
}
