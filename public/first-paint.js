// Runs before the first paint. The prerendered figures are for the default settings; an address
// with a query may carry others, so the page stays hidden until the app has read them.
if (location.search) document.documentElement.setAttribute("data-pending", "");
