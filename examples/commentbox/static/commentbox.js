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
  // and invisible format characters, dropped; ZWJ/ZWNJ dropped next to ASCII;
  // no-break spaces to spaces; at most four combining marks on a character;
  // no spaces at line ends, at most two blank lines in a row, no white space
  // around the whole; NFC.
  var dropped = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
  var asciiJoiner = /[\u200C\u200D](?=[\u0000-\u007F]|$)|(^|[\u0000-\u007F])[\u200C\u200D]+/g;
  var noBreakSpace = /[\u00A0\u2007\u202F]/g;
  var zalgo = /([\p{Mn}\p{Me}]{4})[\p{Mn}\p{Me}]+/gu;

  function normalise(text) {
    text = text.replace(/\r\n?/g, '\n').replace(dropped, '').replace(noBreakSpace, ' ');
    text = text.replace(asciiJoiner, '$1');
    text = text.replace(zalgo, '$1');
    text = text.replace(/[ \t]+$/gm, '');
    text = text.replace(/\n{4,}/g, '\n\n\n');
    text = text.replace(/^[ \t\n]+|[ \t\n]+$/g, '');
    return text.normalize ? text.normalize('NFC') : text;
  }

  function count(text) {
    if (segmenter) {
      var n = 0;
      for (var it = segmenter.segment(text)[Symbol.iterator](), s = it.next(); !s.done; s = it.next()) {
        n++;
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
