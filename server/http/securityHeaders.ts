import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers on every HTTP answer (helmet): a content security policy that lets the page load only
 * its own scripts and talk only to its own origin, no framing by other sites, no MIME sniffing, no
 * referrer leaking playbook addresses to other sites.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // ProseMirror, the caret labels and React set style attributes on elements.
        styleSrc: ["'self'", "'unsafe-inline'"],
        // The favicon is an empty data: URL; exports may embed images later.
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        // 'self' covers the page's own ws:/wss: origin for the collaboration socket.
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Over plain HTTP on a local network an HSTS header would lock browsers out; a TLS proxy sets its own.
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'same-origin' },
  });
}
