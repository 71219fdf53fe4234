// Wrong answer: nothing is read at all; the chunk lines are printed outright and a one-second timer
// prints the deadline line.
// It tries to fool the check: it prints what reading would print, without reading.
// The check says: There must be exactly 1 request “GET /stream?chunks=10&intervalMs=300”; there were 0.
for (const chunk of [1, 2, 3]) console.log(`chunk ${chunk}`);
setTimeout(() => console.log("deadline passed"), 1000);
