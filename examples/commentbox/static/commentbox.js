// The live character counter under the comment box. It counts what the
// server counts: user-perceived characters (grapheme clusters) of the text
// after the same clean-up of line ends, invisible characters and spaces.
// The server has the last word: markup it strips is still counted here.
(function () {
  'use strict';

  var box = document.getElementById('comment-body');
  var counter = document.getElementById('counter');
  if (!box || !counter) {
    return;
  }
  var max = parseInt(box.getAttribute('data-max-length'), 10);

  // Intl.Segmenter splits text into grapheme clusters as Unicode defines them
  // (UAX #29), the unit the server counts in. Without it, count code points:
  // never fewer than graphemes, so the counter errs on the safe side.
  var segmenter = null;
  if (typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function') {
    segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  }

  // The clean-up the server applies before counting (moderation's
  // normalise): line ends to LF; control characters other than TAB and LF,
  // and invisible format characters, dropped; ZWJ/ZWNJ kept only between
  // non-ASCII characters; no-break spaces to spaces; at most four combining
  // marks on a character; no spaces at line ends, at most two blank lines in
  // a row, no white space around the whole; NFC.
  var droppedChars = '[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u00AD\\u061C\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF]';
  var dropped = new RegExp(droppedChars, 'g');
  var droppedChar = new RegExp('^' + droppedChars + '$');
  // What a joiner may not stand next to: nothing, ASCII, another joiner, a
  // no-break space, or a character that is dropped.
  var notJoinable = new RegExp('^(?:[\\u0000-\\u007F\\u200C\\u200D\\u00A0\\u2007\\u202F]|' + droppedChars + ')?$');
  var noBreakSpace = /[\u00A0\u2007\u202F]/g;
  var zalgo = /([\p{Mn}\p{Me}]{4})[\p{Mn}\p{Me}]+/gu;

  // keepJoiners drops each ZWJ and ZWNJ that the server drops. It judges a
  // joiner as the server does, on the text before anything else is dropped:
  // against the last character kept before it and the very next one. So a
  // joiner next to an invisible character, or the first of two in a row,
  // goes; which matters between two emoji, which one joiner makes one.
  function keepJoiners(text) {
    if (!/[\u200C\u200D]/.test(text)) {
      return text;
    }
    var chars = Array.from(text);
    var out = [];
    var prev = '';
    for (var i = 0; i < chars.length; i++) {
      var c = chars[i];
      if ((c === '\u200C' || c === '\u200D') &&
          (notJoinable.test(prev) || notJoinable.test(chars[i + 1] || ''))) {
        continue;
      }
      if (!droppedChar.test(c)) {
        prev = c;
      }
      out.push(c);
    }
    return out.join('');
  }

  function normalise(text) {
    text = keepJoiners(text.replace(/\r\n?/g, '\n'));
    text = text.replace(dropped, '').replace(noBreakSpace, ' ');
    text = text.replace(zalgo, '$1');
    // Not /[ \t]+$/gm: in JavaScript that $ also matches before U+2028 and
    // U+2029, which the server keeps as ordinary characters.
    text = text.replace(/[ \t]+(?=\n|$)/g, '');
    text = text.replace(/\n{4,}/g, '\n\n\n');
    text = text.replace(/^[ \t\n]+|[ \t\n]+$/g, '');
    return text.normalize ? text.normalize('NFC') : text;
  }

  // A cluster of more than maxClusterRunes code points counts as one plus
  // those past the limit, as on the server: the longest emoji sequence has
  // 10, and a longer cluster is characters chained to pass as one.
  var maxClusterRunes = 10;

  function count(text) {
    if (segmenter) {
      var n = 0;
      for (var it = segmenter.segment(text)[Symbol.iterator](), s = it.next(); !s.done; s = it.next()) {
        var runes = s.value.segment.length > maxClusterRunes ? Array.from(s.value.segment).length : 1;
        n += runes > maxClusterRunes ? 1 + runes - maxClusterRunes : 1;
      }
      return n;
    }
    return Array.from(text).length;
  }

  function update() {
    var n = count(normalise(box.value));
    counter.textContent = n + ' of ' + max + ' characters used';
    counter.classList.toggle('over', n > max);
  }

  box.addEventListener('input', update);
  update();
})();
