// Optional, for a clinic page that shows the widget in <iframe data-cramp-widget>: the frame
// follows the widget's height. A message counts only from that frame's own window and origin,
// so no other frame or window on the page can resize it.
addEventListener('message', function (event) {
  var data = event.data;
  if (!data || data.type !== 'cramp-widget:height' || !(data.height > 0)) return;
  document.querySelectorAll('iframe[data-cramp-widget]').forEach(function (frame) {
    if (event.source === frame.contentWindow && event.origin === new URL(frame.src, location.href).origin) {
      frame.style.height = Math.min(data.height, 20000) + 'px';
    }
  });
});
