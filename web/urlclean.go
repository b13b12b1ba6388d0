package web

import (
	"net/url"
	"strings"
)

// Tracking parameters: the query parameters that say where a click came
// from and nothing about what the link points to. No Go module the
// proxy serves keeps such a list up to date; this one follows the global
// rules of the ClearURLs project (https://docs.clearurls.xyz), the list
// browsers' privacy add-ons use, keeping only parameters that never
// choose the page.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "gclsrc": true, "dclid": true, "gbraid": true, "wbraid": true,
	"msclkid": true, "yclid": true, "twclid": true, "ttclid": true, "li_fat_id": true,
	"igshid": true, "igsh": true, "mc_cid": true, "mc_eid": true, "mkt_tok": true,
	"_hsenc": true, "_hsmi": true, "__hssc": true, "__hstc": true, "__hsfp": true, "hsctatracking": true,
	"ref_src": true, "ref_url": true, "_openstat": true, "_ga": true, "_gl": true,
	"fb_action_ids": true, "fb_action_types": true, "fb_source": true, "fb_ref": true,
	"action_object_map": true, "action_type_map": true, "action_ref_map": true,
	"oly_anon_id": true, "oly_enc_id": true, "rb_clickid": true, "s_cid": true,
	"vero_conv": true, "vero_id": true, "wickedid": true, "spm": true, "scm": true,
}

// trackingPrefixes start families of tracking parameters.
var trackingPrefixes = []string{"utm_", "ga_", "hmb_", "pk_", "mtm_", "matomo_"}

func isTrackingParam(key string) bool {
	k := strings.ToLower(key)
	if trackingParams[k] {
		return true
	}
	for _, p := range trackingPrefixes {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

// cleanURL returns u without its tracking parameters. The other
// parameters keep their order and their encoding as written: a link is
// changed only where it tracked.
func cleanURL(u *url.URL) *url.URL {
	if u.RawQuery == "" && u.Fragment == "" {
		return u
	}
	out := *u
	if u.RawQuery != "" {
		var kept []string
		removed := false
		for part := range strings.SplitSeq(u.RawQuery, "&") {
			key, _, _ := strings.Cut(part, "=")
			if k, err := url.QueryUnescape(key); err == nil {
				key = k
			}
			if isTrackingParam(strings.TrimSpace(key)) {
				removed = true
			} else if strings.TrimSpace(part) != "" {
				kept = append(kept, part)
			}
		}
		if removed {
			out.RawQuery = strings.Join(kept, "&")
			out.ForceQuery = false
		}
	}
	// "#utm_source=…" (some newsletters put their tracking after the #)
	if strings.Contains(u.Fragment, "=") {
		if key, _, _ := strings.Cut(u.Fragment, "="); isTrackingParam(key) {
			out.Fragment, out.RawFragment = "", ""
		}
	}
	return &out
}
